package ru.flurai.drill;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The invariants, read on a still system (the load paused): orders have items; every product's
 * stock equation holds; {@code reserved_quantity} equals its cart rows; every outbox row was
 * delivered to Telegram exactly once; no idempotency key made two sets of orders; the logged-out
 * seller token is still refused by every instance.
 */
final class DrillInvariants {
  private final DrillArgs args;
  private final DrillWorld world;
  private final DrillLoad load;
  private final DrillHttp fake;
  private final Map<Long, Integer> okSendsByChat = new HashMap<>();
  private long lastSeq;

  DrillInvariants(DrillArgs args, DrillWorld world, DrillLoad load) {
    this.args = args;
    this.world = world;
    this.load = load;
    this.fake = new DrillHttp(args.fake(), new Samples());
  }

  /** The broken invariants (empty when all hold), each a short sentence. */
  List<String> check() throws SQLException {
    List<String> broken = new ArrayList<>();
    try (Connection c = DriverManager.getConnection(args.jdbc(), args.dbUser(), "")) {
      long orphans =
          one(
              c,
              "select count(*) from orders o where not exists"
                  + " (select 1 from order_items i where i.order_id = o.id)");
      if (orphans > 0) {
        broken.add(orphans + " orders without items");
      }
      stock(c, broken);
      long reservedOff =
          one(
              c,
              "select count(*) from products p left join (select product_id,"
                  + " sum(quantity) q from cart_items group by product_id) k on k.product_id = p.id"
                  + " where p.reserved_quantity <> coalesce(k.q, 0)");
      if (reservedOff > 0) {
        broken.add(reservedOff + " products whose reserved_quantity is not their cart rows");
      }
      outbox(c, broken);
      idempotency(c, broken);
    }
    revoked(broken);
    return broken;
  }

  private void stock(Connection c, List<String> broken) throws SQLException {
    for (DrillWorld.Product p : world.products) {
      long quantity = one(c, "select quantity from products where id = ?", p.id());
      long reserved = one(c, "select reserved_quantity from products where id = ?", p.id());
      long sold =
          one(
              c,
              "select coalesce(sum(i.quantity), 0) from order_items i join orders o"
                  + " on o.id = i.order_id where i.product_id = ? and o.status not in"
                  + " ('rejected', 'cancelled')",
              p.id());
      if (quantity + sold != p.initialQuantity() || reserved < 0 || reserved > quantity) {
        broken.add(
            "product "
                + p.id()
                + ": stock "
                + quantity
                + " + sold "
                + sold
                + " != "
                + p.initialQuantity()
                + " (reserved "
                + reserved
                + ")");
      }
    }
  }

  /** Waits (bounded) for the outbox to settle, then compares it with what Telegram received. */
  private void outbox(Connection c, List<String> broken) throws SQLException {
    long deadline = System.currentTimeMillis() + 150_000;
    long pending;
    while ((pending = one(c, "select count(*) from notification_outbox where status = 'pending'"))
            > 0
        && System.currentTimeMillis() < deadline) {
      DrillLoad.pace(1000);
    }
    if (pending > 0) {
      broken.add(pending + " outbox rows still pending after 150 s");
    }
    long unsent =
        one(
            c,
            "select count(*) from notification_outbox where status not in"
                + " ('pending', 'sent')");
    if (unsent > 0) {
      broken.add(unsent + " outbox rows failed or undeliverable");
    }
    readCalls();
    Map<Long, Long> sentByChat = new HashMap<>();
    try (PreparedStatement s =
            c.prepareStatement(
                "select chat_id, count(*) from"
                    + " notification_outbox where status = 'sent' group by chat_id");
        ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        sentByChat.put(rs.getLong(1), rs.getLong(2));
      }
    }
    Set<Long> chats = new HashSet<>(sentByChat.keySet());
    chats.addAll(okSendsByChat.keySet());
    int off = 0;
    for (long chat : chats) {
      long rows = sentByChat.getOrDefault(chat, 0L);
      long got = okSendsByChat.getOrDefault(chat, 0);
      if (rows != got && off++ < 3) {
        broken.add("chat " + chat + ": " + rows + " outbox rows sent, Telegram got " + got);
      }
    }
  }

  private void readCalls() {
    DrillHttp.Answer a =
        fake.get(null, "/_fake/calls?method=sendMessage&since=" + lastSeq, Map.of());
    if (!a.ok() || a.body() == null) {
      throw new IllegalStateException("the fake Telegram's calls: " + a.status());
    }
    for (JsonNode call : a.body()) {
      lastSeq = Math.max(lastSeq, call.path("seq").asLong());
      if ("ok".equals(call.path("outcome").asText())) {
        okSendsByChat.merge(call.path("chat_id").asLong(), 1, Integer::sum);
      }
    }
  }

  /** One set of orders per key, and every order of a drill buyer named by some answer. */
  private void idempotency(Connection c, List<String> broken) throws SQLException {
    for (DrillBuyer b : load.buyers) {
      Set<Long> seen = new HashSet<>();
      for (var e : b.answers.entrySet()) {
        if (e.getValue().size() != 1) {
          broken.add("key " + e.getKey() + " answered different orders: " + e.getValue());
        }
        e.getValue().forEach(seen::addAll);
      }
      List<Long> unseen = new ArrayList<>();
      try (PreparedStatement s =
          c.prepareStatement("select id from orders where buyer_id = any(?)")) {
        s.setArray(1, c.createArrayOf("bigint", b.ids.toArray()));
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            if (!seen.contains(rs.getLong(1))) {
              unseen.add(rs.getLong(1));
            }
          }
        }
      }
      if (unseen.size() > b.abandoned.size()) {
        broken.add(
            "buyers from "
                + b.ids.get(0)
                + ": orders "
                + unseen
                + " no answer named ("
                + b.abandoned.size()
                + " keys abandoned)");
      }
    }
  }

  private void revoked(List<String> broken) {
    List<String> targets = new ArrayList<>(args.instances());
    targets.add(args.base());
    for (String target : targets) {
      DrillHttp.Answer a =
          new DrillHttp(target, new Samples())
              .get(
                  null,
                  "/seller-web/orders",
                  Map.of("X-Seller-Token", world.revokedToken, "X-Forwarded-For", "198.18.0.21"));
      if (a.status() != 401) {
        broken.add("revoked seller token answered " + a.status() + " at " + target);
      }
    }
  }

  static long one(Connection c, String sql, Object... params) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        s.setObject(i + 1, params[i]);
      }
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }
}

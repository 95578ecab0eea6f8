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
 * delivered to Telegram exactly once (a message Telegram took from an instance killed before it
 * recorded the row as sent may arrive a second time: the outbox is at least once, and the drill
 * allows exactly those, noted); no idempotency key made two sets of orders; the logged-out seller
 * token is still refused by every instance.
 */
final class DrillInvariants {
  private final DrillArgs args;
  private final DrillWorld world;
  private final DrillLoad load;
  private final DrillHttp fake;
  static final long IN_FLIGHT_MS = 3000;

  /** One message Telegram answered ok: when (epoch ms) and its text. */
  record Delivery(long at, String text) {}

  private final Map<Long, List<Delivery>> okSends = new HashMap<>();
  private final List<Long> kills = new ArrayList<>();
  private long lastSeq;

  /** What the last {@link #check} found worth a note without being broken. */
  final List<String> notes = new ArrayList<>();

  DrillInvariants(DrillArgs args, DrillWorld world, DrillLoad load) {
    this.args = args;
    this.world = world;
    this.load = load;
    this.fake = new DrillHttp(args.fake(), new Samples());
  }

  /** An instance is about to be killed (kill -9) now. */
  void killing() {
    kills.add(System.currentTimeMillis());
  }

  /** The broken invariants (empty when all hold), each a short sentence. */
  List<String> check() throws SQLException {
    notes.clear();
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
    chats.addAll(okSends.keySet());
    int off = 0;
    int resent = 0;
    for (long chat : chats) {
      long rows = sentByChat.getOrDefault(chat, 0L);
      List<Delivery> got = okSends.getOrDefault(chat, List.of());
      long extra = got.size() - rows;
      if (extra > 0 && extra == inFlightAtAKill(got)) {
        resent += (int) extra;
      } else if (extra != 0 && off++ < 3) {
        broken.add("chat " + chat + ": " + rows + " outbox rows sent, Telegram got " + got.size());
      }
    }
    if (resent > 0) {
      notes.add(
          resent
              + " notification(s) Telegram took while their instance was killed (kill -9) reached"
              + " their chat a second time after the lease ran out (at least once)");
    }
  }

  /**
   * How many deliveries repeat an earlier one (the same text to the same chat) whose first delivery
   * was at most {@value #IN_FLIGHT_MS} ms before an instance was killed: a send in flight at a kill
   * -9 whose row was never marked sent.
   */
  private long inFlightAtAKill(List<Delivery> deliveries) {
    Map<String, List<Long>> byText = new HashMap<>();
    for (Delivery d : deliveries) {
      byText.computeIfAbsent(d.text(), t -> new ArrayList<>()).add(d.at());
    }
    long n = 0;
    for (List<Long> times : byText.values()) {
      if (times.size() == 2
          && kills.stream().anyMatch(k -> times.get(0) <= k && k - times.get(0) <= IN_FLIGHT_MS)) {
        n++;
      }
    }
    return n;
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
        okSends
            .computeIfAbsent(call.path("chat_id").asLong(), k -> new ArrayList<>())
            .add(new Delivery(call.path("ts").asLong(), call.path("text").asText()));
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

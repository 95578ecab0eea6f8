package ru.flurai.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static ru.flurai.it.Stack.api;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import ru.flurai.it.Fixtures;
import ru.flurai.it.ServerTest;
import ru.flurai.it.Stack;

/**
 * The housekeeping sweep (every 2 s on the test server, HOUSEKEEPING_INTERVAL_SECONDS) deletes
 * exactly what has outlived its retention, under default retentions (refresh tokens and settled
 * outbox rows 7 days, orphaned media a 24 h grace, idempotency keys 24 h, handled update ids 7
 * days), and counts it in housekeeping_pruned_total.
 */
public class HousekeepingIT extends ServerTest {
  private static final String OLD = "now() - interval '30 days'";
  private static final String[] KINDS = {
    "refresh_tokens",
    "outbox",
    "static_files",
    "media",
    "idempotency_keys",
    "processed_updates",
    "update_failures"
  };

  @Test
  public void prunesExactlyWhatOutlivedItsRetentionAndCountsIt() throws Exception {
    Map<String, Double> before = pruned();
    String subject = "hk:" + UUID.randomUUID(); // varchar(40)
    long chat = Fixtures.newTelegramId();
    long buyer = Fixtures.newTelegramId();
    long update = 9_000_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L);
    var seller = Fixtures.seller();
    String referenced = hash();
    String orphan = hash();
    String fresh = hash();
    String shared = hash();
    String banner = hash();
    String viaUrl = hash();
    try (Connection c = Stack.db()) {
      c.setAutoCommit(
          false); // all at once: no sweep may see a path before the product that references it
      // refresh tokens: expired long ago and revoked long ago go; live, recently revoked, recently
      // expired stay
      token(c, subject, "expired-old", "now() - interval '30 days'", null);
      token(c, subject, "revoked-old", "now() + interval '20 days'", OLD);
      token(c, subject, "live", "now() + interval '30 days'", null);
      token(
          c,
          subject,
          "revoked-recently",
          "now() + interval '30 days'",
          "now() - interval '1 hour'");
      token(c, subject, "expired-recently", "now() - interval '1 day'", null);
      // outbox: settled long ago goes (sent, failed, undeliverable); pending and recently sent stay
      outbox(c, chat, "sent-old", "sent", OLD, OLD);
      outbox(c, chat, "failed-old", "failed", null, OLD);
      outbox(c, chat, "undeliverable-old", "undeliverable", null, OLD);
      outbox(
          c,
          chat,
          "pending-old",
          "pending",
          null,
          "now() + interval '1 day'"); // not due: stays unsent
      outbox(
          c,
          chat,
          "sent-recently",
          "sent",
          "now() - interval '1 hour'",
          "now() - interval '1 hour'");
      // media, all but `fresh` stored 30 days ago
      media(c, referenced, OLD);
      path(c, "/static/uploads/products/" + referenced + ".jpg", referenced, OLD);
      path(
          c,
          "/static/uploads/products/" + referenced + ".png",
          referenced,
          OLD); // orphan path, shared bytes
      media(c, viaUrl, OLD);
      path(c, "/static/uploads/products/" + viaUrl + ".webp", viaUrl, OLD);
      Fixtures.exec(
          c,
          "insert into products (seller_id, name, price, photo_ids) values (?, 'Букет', 100, ?::jsonb)",
          seller.id(),
          "[\"/static/uploads/products/"
              + referenced
              + ".jpg\", "
              + "\"https://api.flurai.test/static/uploads/products/"
              + viaUrl
              + ".webp\"]");
      media(c, banner, OLD);
      path(c, "/static/uploads/shop_banners/" + seller.id() + ".jpg", banner, OLD);
      Fixtures.exec(
          c,
          "update sellers set banner_url = ? where seller_id = ?",
          "/static/uploads/shop_banners/" + seller.id() + ".jpg?v=" + banner.substring(0, 8),
          seller.id());
      media(c, orphan, OLD);
      path(c, "/static/uploads/products/" + orphan + ".jpg", orphan, OLD);
      media(c, shared, OLD); // bytes no path points at
      media(c, fresh, "now()");
      path(
          c,
          "/static/uploads/products/" + fresh + ".jpg",
          fresh,
          "now()"); // an upload not yet on a product
      // checkout idempotency keys (24 h) and handled Telegram updates (7 days)
      Fixtures.exec(
          c,
          "insert into idempotency_keys (buyer_id, idem_key, request_hash, created_at) values"
              + " (?, 'old', ?, now() - interval '25 hours'), (?, 'fresh', ?, now() - interval '23 hours')",
          buyer,
          hash(),
          buyer,
          hash());
      Fixtures.exec(
          c,
          "insert into processed_updates (update_id, processed_at) values"
              + " (?, now() - interval '8 days'), (?, now() - interval '6 days')",
          update,
          update + 1);
      Fixtures.exec(
          c,
          "insert into update_failures (update_id, attempts, last_failed_at) values"
              + " (?, 5, now() - interval '8 days'), (?, 1, now() - interval '6 days')",
          update,
          update + 1);
      c.commit();
    }

    Stack.eventually(
        60_000,
        () -> {
          assertEquals(3, count("select count(*) from refresh_tokens where subject = ?", subject));
          assertEquals(
              2, count("select count(*) from notification_outbox where chat_id = ?", chat));
          assertEquals(0, count("select count(*) from media where hash in (?, ?)", orphan, shared));
          assertEquals(1, count("select count(*) from idempotency_keys where buyer_id = ?", buyer));
          assertEquals(
              1,
              count(
                  "select count(*) from processed_updates where update_id in (?, ?)",
                  update,
                  update + 1));
          assertEquals(
              1,
              count(
                  "select count(*) from update_failures where update_id in (?, ?)",
                  update,
                  update + 1));
        });
    assertEquals(
        Map.of(
            family("live").toString(),
            1L,
            family("revoked-recently").toString(),
            1L,
            family("expired-recently").toString(),
            1L),
        grouped("select family_id::text from refresh_tokens where subject = ?", subject));
    assertEquals(
        Map.of("pending-old", 1L, "sent-recently", 1L),
        grouped("select payload->>'name' from notification_outbox where chat_id = ?", chat));
    assertEquals(
        Map.of(
            "/static/uploads/products/" + referenced + ".jpg", 1L,
            "/static/uploads/products/" + viaUrl + ".webp", 1L,
            "/static/uploads/shop_banners/" + seller.id() + ".jpg", 1L,
            "/static/uploads/products/" + fresh + ".jpg", 1L),
        grouped(
            "select path from static_files where hash in (?, ?, ?, ?, ?, ?)",
            referenced,
            orphan,
            fresh,
            shared,
            banner,
            viaUrl));
    assertEquals(
        Map.of(referenced, 1L, viaUrl, 1L, banner, 1L, fresh, 1L),
        grouped(
            "select hash from media where hash in (?, ?, ?, ?, ?, ?)",
            referenced,
            orphan,
            fresh,
            shared,
            banner,
            viaUrl));
    assertEquals(
        "fresh",
        grouped("select idem_key from idempotency_keys where buyer_id = ?", buyer)
            .keySet()
            .iterator()
            .next());
    assertEquals(
        1, count("select count(*) from processed_updates where update_id = ?", update + 1));
    assertEquals(1, count("select count(*) from update_failures where update_id = ?", update + 1));
    // the photo and the banner are still served
    api().get("/static/uploads/products/" + referenced + ".jpg").then().statusCode(200);

    Map<String, Double> expected =
        Map.of(
            "refresh_tokens",
            2.0,
            "outbox",
            3.0,
            "static_files",
            2.0,
            "media",
            2.0,
            "idempotency_keys",
            1.0,
            "processed_updates",
            1.0,
            "update_failures",
            1.0);
    Stack.eventually(
        10_000,
        () -> {
          Map<String, Double> after = pruned();
          for (String kind : KINDS) {
            assertEquals(
                expected.get(kind), after.get(kind) - before.get(kind), 0.0001, "pruned " + kind);
          }
        });
  }

  /** housekeeping_pruned_total by kind, from /metrics. */
  private static Map<String, Double> pruned() {
    String text = api().get("/metrics").then().statusCode(200).extract().asString();
    Map<String, Double> out = new HashMap<>();
    for (String line :
        text.lines().filter(l -> l.startsWith("housekeeping_pruned_total{")).toList()) {
      for (String kind : KINDS) {
        if (line.contains("kind=\"" + kind + "\"")) {
          out.put(kind, Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)));
        }
      }
    }
    assertEquals(
        KINDS.length, out.size(), "every kind is published (at zero before the first prune)");
    return out;
  }

  /**
   * A refresh token whose family id is derived from {@code name}, so the rows left can be told
   * apart.
   */
  private static void token(
      Connection c, String subject, String name, String expires, String revoked)
      throws SQLException {
    Fixtures.exec(
        c,
        "insert into refresh_tokens (token_hash, family_id, subject, expires_at, revoked_at)"
            + " values (?, ?, ?, "
            + expires
            + ", "
            + (revoked == null ? "null" : revoked)
            + ")",
        hash(),
        family(name),
        subject);
  }

  private static UUID family(String name) {
    return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
  }

  private static void outbox(
      Connection c, long chat, String name, String status, String sentAt, String nextAt)
      throws SQLException {
    Fixtures.exec(
        c,
        "insert into notification_outbox (chat_id, kind, payload, status, sent_at, next_attempt_at,"
            + " created_at) values (?, 'order_created', jsonb_build_object('order_id', 0, 'name', ?::text), ?, "
            + (sentAt == null ? "null" : sentAt)
            + ", "
            + nextAt
            + ", "
            + OLD
            + ")",
        chat,
        name,
        status);
  }

  private static void media(Connection c, String hash, String createdAt) throws SQLException {
    Fixtures.exec(
        c,
        "insert into media (hash, content_type, bytes, width, height, created_at)"
            + " values (?, 'image/jpeg', '\\xffd8ffd9'::bytea, 1, 1, "
            + createdAt
            + ")",
        hash);
  }

  private static void path(Connection c, String path, String hash, String createdAt)
      throws SQLException {
    Fixtures.exec(
        c,
        "insert into static_files (path, hash, created_at) values (?, ?, " + createdAt + ")",
        path,
        hash);
  }

  private static Map<String, Long> grouped(String sql, Object... args) throws SQLException {
    Map<String, Long> out = new HashMap<>();
    try (Connection c = Stack.db();
        var s = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        s.setObject(i + 1, args[i]);
      }
      try (var rs = s.executeQuery()) {
        while (rs.next()) {
          out.merge(rs.getString(1), 1L, Long::sum);
        }
      }
    }
    return out;
  }

  private static long count(String sql, Object... args) {
    return Fixtures.count(sql, args);
  }

  private static String hash() {
    byte[] b = new byte[32];
    ThreadLocalRandom.current().nextBytes(b);
    return HexFormat.of().formatHex(b);
  }
}

package ru.flurai.ordering.checkout;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.function.Supplier;
import ru.flurai.identity.Caller;
import ru.flurai.platform.db.Rows;
import ru.flurai.platform.db.Rows.Row;
import ru.flurai.platform.domain.Invalid;
import ru.flurai.platform.domain.Unprocessable;
import ru.flurai.platform.http.JsonBodyReader;
import ru.flurai.platform.http.JsonConfig;
import ru.flurai.platform.text.Sha256;

/**
 * Checkout with an optional Idempotency-Key (PRODUCT.md §3.3). The key row is inserted in the
 * checkout's own transaction: a concurrent retry waits on it, then finds the stored answer; a
 * failed checkout leaves no key behind. Same key + same body → the first answer; same key + another
 * body → 422. Keys live 24 h (the {@link ReservationSweeper} job removes older ones).
 */
@ApplicationScoped
public class IdempotentCheckout {
  private static final Jsonb JSON = JsonConfig.create();

  @PersistenceContext(unitName = "primary")
  EntityManager db;

  @Inject Checkout checkout;

  /** Whose keys a guest's checkouts use: no buyer has the id 0 (Telegram ids are positive). */
  public static final long GUEST = 0;

  /** The response body (JSON text), identical for every replay of the same request. */
  @Transactional
  public String run(Caller caller, String key, String rawBody) {
    CheckoutRequest req = parse(rawBody);
    return once(
        caller.buyerId(),
        key,
        rawBody,
        () -> JSON.toJson(Map.of("orders", checkout.checkout(caller, req))));
  }

  /**
   * Runs {@code work} (which answers the response body) at most once per {@code owner} and key, in
   * the caller's transaction; without a key, every time.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public String once(long owner, String key, String rawBody, Supplier<String> work) {
    long buyer = owner;
    if (key == null || key.isBlank()) {
      return work.get();
    }
    if (key.length() > 128) {
      throw new Invalid("Idempotency-Key длиннее 128 символов");
    }
    String hash = Sha256.hex(rawBody == null ? "" : rawBody);
    int inserted =
        db.createNativeQuery(
                "insert into idempotency_keys (buyer_id, idem_key, request_hash)"
                    + " values (?1, ?2, ?3) on conflict do nothing")
            .setParameter(1, buyer)
            .setParameter(2, key)
            .setParameter(3, hash)
            .executeUpdate();
    if (inserted == 0) {
      Row row =
          Rows.one(
              db,
              "select request_hash, response from idempotency_keys"
                  + " where buyer_id = ?1 and idem_key = ?2",
              buyer,
              key);
      if (!hash.equals(row.str("request_hash"))) {
        throw new Unprocessable("Idempotency-Key уже использован с другим запросом");
      }
      return row.str("response");
    }
    String response = work.get();
    db.createNativeQuery(
            "update idempotency_keys set response = ?1 where buyer_id = ?2 and idem_key = ?3")
        .setParameter(1, response)
        .setParameter(2, buyer)
        .setParameter(3, key)
        .executeUpdate();
    return response;
  }

  private static CheckoutRequest parse(String raw) {
    if (raw == null || raw.isBlank()) {
      throw new Invalid("Укажите данные заказа");
    }
    JsonBodyReader.requireObject(raw);
    try {
      return JSON.fromJson(raw, CheckoutRequest.class);
    } catch (RuntimeException e) {
      throw new Invalid("Некорректный JSON в теле запроса");
    }
  }
}

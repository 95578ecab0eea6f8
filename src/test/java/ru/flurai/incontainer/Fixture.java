package ru.flurai.incontainer;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Committed rows of one test: a seller with a product, buyers, orders; ids from a range no other
 * test uses, and {@link #close} removes them all. The real WAR runs against the same database
 * meanwhile.
 */
public final class Fixture implements AutoCloseable {
  private final Sql sql;
  private final List<Long> users = new ArrayList<>();
  public final long seller;

  public Fixture(Sql sql) {
    this.sql = sql;
    this.seller = user("SELLER");
    sql.commit("insert into sellers (seller_id, shop_name) values (?1, 'Тестовая лавка')", seller);
  }

  /** A new user id in 7 000 000 000 .. 7 999 999 999 (other tests use smaller ids). */
  private long user(String role) {
    long id = ThreadLocalRandom.current().nextLong(7_000_000_000L, 8_000_000_000L);
    sql.commit("insert into users (tg_id, fio, role) values (?1, 'Тест', ?2)", id, role);
    users.add(id);
    return id;
  }

  public long buyer() {
    return user("BUYER");
  }

  /**
   * A product of the seller with {@code quantity} in stock, {@code reserved} of them held by carts.
   */
  public long product(int quantity, int reserved) {
    return sql.insert(
        "insert into products (seller_id, name, price, quantity, reserved_quantity)"
            + " values (?1, 'Роза', 100, ?2, ?3) returning id",
        seller,
        quantity,
        reserved);
  }

  /**
   * A pending delivery order of {@code buyer} with one line of {@code units} of {@code product}.
   */
  public long order(long buyer, long product, int units) {
    long id =
        sql.insert(
            "insert into orders (buyer_id, seller_id, delivery_type, total_price)"
                + " values (?1, ?2, 'Доставка', ?3) returning id",
            buyer,
            seller,
            100 * units);
    sql.commit(
        "insert into order_items (order_id, line_no, product_id, name, price, quantity)"
            + " values (?1, 1, ?2, 'Роза', 100, ?3)",
        id,
        product,
        units);
    return id;
  }

  /** Stock and reservations of a product, as committed: {quantity, reserved_quantity}. */
  public long[] stock(long product) {
    return new long[] {
      sql.committedLong("select quantity from products where id = ?1", product),
      sql.committedLong("select reserved_quantity from products where id = ?1", product)
    };
  }

  @Override
  public void close() {
    for (long id : users) {
      sql.commit("delete from notification_outbox where chat_id = ?1", id);
      sql.commit("delete from idempotency_keys where buyer_id = ?1", id);
    }
    sql.commit("delete from orders where seller_id = ?1", seller); // lines and history cascade
    sql.commit(
        "delete from sellers where seller_id = ?1", seller); // products and cart lines cascade
    for (long id : users) {
      sql.commit("delete from users where tg_id = ?1", id);
    }
  }
}

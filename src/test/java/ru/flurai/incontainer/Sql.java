package ru.flurai.incontainer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * Plain SQL for the in-container tests, through the real "primary" persistence unit. Each method
 * says which transaction it runs in: the caller's ({@link #exec}, {@link #here}), one of its own
 * that commits on return ({@link #commit}, {@link #insert}), or none, seeing only what is committed
 * ({@link #committed}).
 */
@ApplicationScoped
public class Sql {
  @PersistenceContext(unitName = "primary")
  EntityManager db;

  /** A statement in the caller's transaction; returns the rows changed. */
  @Transactional(TxType.MANDATORY)
  public int exec(String sql, Object... args) {
    return query(sql, args).executeUpdate();
  }

  /** A statement in a transaction of its own, committed on return. */
  @Transactional(TxType.REQUIRES_NEW)
  public int commit(String sql, Object... args) {
    return query(sql, args).executeUpdate();
  }

  /** An {@code insert ... returning id} in a transaction of its own, committed on return. */
  @Transactional(TxType.REQUIRES_NEW)
  public long insert(String sql, Object... args) {
    return ((Number) query(sql, args).getSingleResult()).longValue();
  }

  /** A single value as the caller's transaction sees it (its own uncommitted writes included). */
  @Transactional(TxType.MANDATORY)
  public Object here(String sql, Object... args) {
    return query(sql, args).getSingleResult();
  }

  /**
   * A single value as every other transaction sees it: committed data only (any caller's
   * transaction suspended).
   */
  @Transactional(TxType.NOT_SUPPORTED)
  public Object committed(String sql, Object... args) {
    return query(sql, args).getSingleResult();
  }

  /**
   * {@link #committed} as a long ({@code count(*)}, quantities). Not a call to it: a self-call is
   * not intercepted.
   */
  @Transactional(TxType.NOT_SUPPORTED)
  public long committedLong(String sql, Object... args) {
    return ((Number) query(sql, args).getSingleResult()).longValue();
  }

  /** {@link #here} as a long. */
  @Transactional(TxType.MANDATORY)
  public long hereLong(String sql, Object... args) {
    return ((Number) query(sql, args).getSingleResult()).longValue();
  }

  private Query query(String sql, Object... args) {
    Query q = db.createNativeQuery(sql);
    for (int i = 0; i < args.length; i++) {
      q.setParameter(i + 1, args[i]);
    }
    return q;
  }
}

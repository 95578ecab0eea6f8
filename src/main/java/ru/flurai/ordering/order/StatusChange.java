package ru.flurai.ordering.order;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * One row of an order's status history ({@code order_status_history}): written by the {@link Order}
 * itself, in the transaction of the move; {@code from} is null for the order's creation. The time
 * is the database's ({@code default now()}).
 */
@Entity
@Table(name = "order_status_history")
public class StatusChange {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "order_id", nullable = false, updatable = false)
  Order order;

  @Convert(converter = OrderStatusColumn.class)
  @Column(name = "from_status", updatable = false)
  OrderStatus from;

  @Convert(converter = OrderStatusColumn.class)
  @Column(name = "to_status", updatable = false)
  OrderStatus to;

  @Convert(converter = ActorColumn.class)
  @Column(name = "actor", updatable = false)
  Actor actor;

  @Column(name = "actor_id", updatable = false)
  Long actorId;

  @Column(name = "at", insertable = false, updatable = false)
  OffsetDateTime at;

  protected StatusChange() {}

  StatusChange(Order order, OrderStatus from, OrderStatus to, Actor actor, Long actorId) {
    this.order = order;
    this.from = from;
    this.to = to;
    this.actor = actor;
    this.actorId = actorId;
  }

  public OrderStatus from() {
    return from;
  }

  public OrderStatus to() {
    return to;
  }

  public Actor actor() {
    return actor;
  }

  public Long actorId() {
    return actorId;
  }

  /** "from>to:actor:id", as the tests and logs spell a move ("&gt;pending" on creation). */
  @Override
  public String toString() {
    return (from == null ? "" : from.wire())
        + ">"
        + to.wire()
        + ":"
        + new ActorColumn().convertToDatabaseColumn(actor)
        + ":"
        + actorId;
  }
}

package ru.flurai.ordering.order;

import java.util.stream.Stream;
import ru.flurai.catalog.ShopChanged;
import ru.flurai.catalog.product.OutOfStock;
import ru.flurai.catalog.product.Stock;
import ru.flurai.florist.FloristClasses;
import ru.flurai.loyalty.LoyaltyClasses;
import ru.flurai.platform.domain.Conflict;
import ru.flurai.platform.domain.DomainException;
import ru.flurai.platform.domain.Invalid;
import ru.flurai.platform.domain.NotFound;
import ru.flurai.platform.metrics.BusinessMetrics;

/**
 * What an in-container archive needs to move orders: the {@link Order} aggregate and its
 * repository, {@link OrderMoves} and every feature it calls in the move's transaction. One list, so
 * a feature joining the move is added here once, not in each archive.
 */
public final class OrderMovesClasses {
  /** The aggregate, its repository and what they use: the classes every ordering archive needs. */
  public static final Class<?>[] AGGREGATE = {
    Order.class,
    Order.Placement.class,
    OrderLine.class,
    StatusChange.class,
    SellerSnapshot.class,
    OrderStatusColumn.class,
    DeliveryTypeColumn.class,
    ActorColumn.class,
    OpenOrderCount.class,
    Orders.class,
    OrderInsert.class,
    OrderViews.class,
    OrderStatus.class,
    OrderTransitions.class,
    IllegalTransition.class,
    OrderNotFound.class,
    Actor.class,
    DeliveryType.class,
    ItemsInfo.class,
    DomainException.class,
    NotFound.class,
    Conflict.class,
    Invalid.class
  };

  /** {@link #AGGREGATE}, {@link OrderMoves} and what a move calls. */
  public static final Class<?>[] MOVES =
      Stream.of(
              AGGREGATE,
              new Class<?>[] {
                OrderMoves.class,
                OrderPayments.class,
                OrderPayments.Moment.class,
                OrderPayments.Kind.class,
                Stock.class,
                OutOfStock.class,
                OrderLog.class,
                ShopChanged.class,
                BusinessMetrics.class
              },
              LoyaltyClasses.POINTS,
              FloristClasses.CONSUMPTION)
          .flatMap(Stream::of)
          .toArray(Class<?>[]::new);

  private OrderMovesClasses() {}
}

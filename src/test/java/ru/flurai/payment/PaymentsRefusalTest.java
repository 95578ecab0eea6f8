package ru.flurai.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import ru.flurai.ordering.order.OrderPayments;
import ru.flurai.platform.domain.Conflict;
import ru.flurai.platform.domain.Unavailable;

/**
 * PRODUCT.md §8.4's answers of {@code POST /payments/create} before anything is written: 503
 * without platform credentials (the test server has them, so this is where it is shown), 409 for a
 * shop paid on delivery and for a paid order.
 */
class PaymentsRefusalTest {
  private final Payments payments = new Payments();

  PaymentsRefusalTest() {
    payments.online = mock(OnlinePayment.class);
    payments.orders = mock(OrderPayments.class);
    payments.attempts = mock(Attempts.class);
  }

  private static OrderPayments.Payable order(String status, boolean required, String paid) {
    return new OrderPayments.Payable(
        7, 11L, 22L, status, new BigDecimal("100.00"), BigDecimal.ZERO, null, required, null, paid);
  }

  @Test
  void withoutCredentials503() {
    when(payments.online.configured()).thenReturn(false);
    Unavailable e = assertThrows(Unavailable.class, () -> payments.prepare(11, 7, null));
    assertEquals("Онлайн-оплата пока недоступна", e.getMessage());
    verifyNoInteractions(payments.orders, payments.attempts);
  }

  @Test
  void aShopPaidOnDelivery409() {
    when(payments.online.configured()).thenReturn(true);
    when(payments.orders.lock(7)).thenReturn(Optional.of(order("accepted", false, null)));
    when(payments.online.accountOf(22)).thenReturn(Optional.empty());
    Conflict e = assertThrows(Conflict.class, () -> payments.prepare(11, 7, null));
    assertEquals("Этот магазин принимает оплату при получении", e.getMessage());
    verifyNoInteractions(payments.attempts);
  }

  @Test
  void aPaidOrder409() {
    when(payments.online.configured()).thenReturn(true);
    when(payments.orders.lock(7)).thenReturn(Optional.of(order("accepted", true, "succeeded")));
    Conflict e = assertThrows(Conflict.class, () -> payments.prepare(11, 7, null));
    assertEquals("Заказ уже оплачен", e.getMessage());
    verifyNoInteractions(payments.attempts);
  }

  @Test
  void anOrderItsPointsPaidInFull409() {
    when(payments.online.configured()).thenReturn(true);
    when(payments.orders.lock(7))
        .thenReturn(
            Optional.of(
                new OrderPayments.Payable(
                    7,
                    11L,
                    22L,
                    "accepted",
                    BigDecimal.ZERO,
                    BigDecimal.ZERO,
                    null,
                    false,
                    null,
                    null)));
    when(payments.online.accountOf(22)).thenReturn(Optional.of("acc"));
    Conflict e = assertThrows(Conflict.class, () -> payments.prepare(11, 7, null));
    assertEquals("Заказ полностью оплачен баллами", e.getMessage());
    verifyNoInteractions(payments.attempts);
  }
}

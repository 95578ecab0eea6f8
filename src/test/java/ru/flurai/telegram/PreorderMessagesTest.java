package ru.flurai.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.flurai.ordering.order.OrderReads;
import ru.flurai.ordering.order.OrderViews;
import ru.flurai.platform.config.FluraiConfig;
import ru.flurai.preorder.PreorderReports;
import ru.flurai.preorder.PreorderViews;

/** The preorder texts of LATER.md §2.6, §2.7 and §2.10, rendered from the outbox row's order. */
class PreorderMessagesTest {
  private static final long SELLER = 22;
  private static final LocalDate DAY = LocalDate.of(2030, 3, 8);

  private final Messages messages = new Messages();

  private static OrderViews.SellerOrder preorder(long id) {
    return new OrderViews.SellerOrder(
        id,
        SELLER,
        11L,
        "pending",
        "Самовывоз",
        "7:Пионы@1000 x 2",
        new BigDecimal("2000"),
        new BigDecimal("2000"),
        BigDecimal.ZERO,
        null,
        "Анна",
        "79990000000",
        null,
        "ул. Арбат, 10",
        null,
        null,
        true,
        DAY.toString(),
        BigDecimal.ZERO,
        BigDecimal.ZERO,
        null,
        null,
        false);
  }

  @BeforeEach
  void wire() {
    messages.orders = mock(OrderReads.class);
    messages.config = mock(FluraiConfig.class);
    messages.preorders = mock(PreorderReports.class);
    when(messages.config.miniAppUrl()).thenReturn("https://app.example");
    when(messages.orders.byIds(List.of(5L))).thenReturn(List.of(preorder(5)));
    when(messages.orders.shopName(5)).thenReturn("Лавка");
    when(messages.orders.comment(5)).thenReturn(Optional.empty());
  }

  private String text(String kind) {
    return messages.render(SELLER, kind, 5).orElseThrow().getText();
  }

  @Test
  void theSellerIsToldItIsAPreorderForADate() {
    assertTrue(text("order_created").startsWith("📋 <b>Новый предзаказ #5 на 08.03.2030</b>"));
  }

  @Test
  void aBuyersCancelOfAPreorderNamesTheDateAndItems() {
    assertEquals(
        "🚫 Предзаказ #5 на 08.03.2030 отменён покупателем.\n\n• Пионы × 2\n",
        text("order_cancelled_by_buyer"));
  }

  @Test
  void theBuyerIsRemindedTheDayBefore() {
    assertEquals(
        "📋 Напоминание: ваш предзаказ #5 на 08.03.2030 будет выполнен завтра.\n\n• Пионы × 2\n",
        text("preorder_reminder"));
  }

  @Test
  void theSellerGetsTheDaysProcurementList() {
    when(messages.preorders.summary(SELLER, DAY))
        .thenReturn(new PreorderViews.Summary(DAY, 2, new BigDecimal("3250.00"), List.of()));
    when(messages.preorders.items(SELLER, DAY))
        .thenReturn(
            List.of(
                new PreorderViews.SummaryItem(7L, "Пионы", 3, 2, new BigDecimal("3000")),
                new PreorderViews.SummaryItem(
                    8L, "Тюльпаны <белые>", 1, 1, new BigDecimal("250"))));
    assertEquals(
        "📋 <b>Предзаказы на 08.03.2030</b>\n\n📦 Заказов: 2\n💰 Общая сумма: 3250 руб.\n\n"
            + "📝 Что нужно подготовить:\n  Пионы x 3\n  Тюльпаны &lt;белые&gt; x 1\n",
        text("preorder_day_summary"));
  }
}

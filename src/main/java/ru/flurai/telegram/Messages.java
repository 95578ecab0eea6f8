package ru.flurai.telegram;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.api.objects.webapp.WebAppInfo;
import ru.flurai.ordering.order.OrderReads;
import ru.flurai.ordering.order.OrderViews;
import ru.flurai.platform.config.FluraiConfig;
import ru.flurai.preorder.PreorderReports;
import ru.flurai.preorder.PreorderViews;

/**
 * Every text the bot sends, in Russian, from one place (PRODUCT.md §4). User-supplied text (names,
 * addresses, comments, product names) is HTML-escaped, so it can never break the markup or inject
 * links.
 */
@ApplicationScoped
public class Messages {
  static final Map<String, String> STATUS =
      Map.of(
          "accepted",
          "принят магазином",
          "rejected",
          "отклонён магазином",
          "assembling",
          "собирается",
          "in_transit",
          "в пути",
          "ready_for_pickup",
          "готов к выдаче",
          "done",
          "выполнен");

  @Inject OrderReads orders;
  @Inject FluraiConfig config;
  @Inject PreorderReports preorders;

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  /** The message for one outbox row, or empty when its order no longer exists. */
  public Optional<SendMessage> render(long chatId, String kind, long orderId) {
    List<OrderViews.SellerOrder> found = orders.byIds(List.of(orderId));
    if (found.isEmpty()) {
      return Optional.empty();
    }
    OrderViews.SellerOrder o = found.get(0);
    String shop = orders.shopName(o.id());
    StringBuilder text = new StringBuilder();
    List<InlineKeyboardRow> rows = new ArrayList<>();
    if (kind.equals("order_created_guest")) {
      guestOrder(text, o, orders.zoneName(o.id()).orElse(null));
    } else if (kind.equals("preorder_reminder")) {
      text.append("📋 Напоминание: ваш предзаказ #")
          .append(o.id())
          .append(" на ")
          .append(day(o.preorderDeliveryDate()))
          .append(" будет выполнен завтра.\n\n")
          .append(lines(o.itemsInfo()));
      rows.add(
          new InlineKeyboardRow(webApp("Открыть заказ", config.miniAppUrl() + "/order/" + o.id())));
    } else if (kind.equals("preorder_day_summary")) {
      daySummary(text, o);
      rows.add(new InlineKeyboardRow(webApp("Открыть заказ", config.miniAppUrl())));
    } else if (kind.equals("order_created")) {
      text.append(o.isPreorder() ? "📋 <b>Новый предзаказ #" : "🆕 <b>Новый заказ #")
          .append(o.id())
          .append(o.isPreorder() ? " на " + day(o.preorderDeliveryDate()) : "")
          .append("</b>\n\n")
          .append(lines(o.itemsInfo()))
          .append("\nСумма: <b>")
          .append(money(o.totalPrice()))
          .append(" ₽</b>\n")
          .append(esc(o.deliveryType()))
          .append("\n");
      Optional.ofNullable(o.address())
          .ifPresent(a -> text.append("Адрес и контакты:\n").append(esc(a)).append("\n"));
      orders
          .comment(o.id())
          .ifPresent(c -> text.append("Комментарий: ").append(esc(c)).append("\n"));
      rows.add(
          new InlineKeyboardRow(
              callback("✅ Принять", "acc:" + o.id()), callback("❌ Отклонить", "rej:" + o.id())));
      rows.add(new InlineKeyboardRow(webApp("Открыть заказ", config.miniAppUrl())));
    } else if (kind.equals("order_cancelled_by_buyer") && o.isPreorder()) {
      text.append("🚫 Предзаказ #")
          .append(o.id())
          .append(" на ")
          .append(day(o.preorderDeliveryDate()))
          .append(" отменён покупателем.\n\n")
          .append(lines(o.itemsInfo()));
      rows.add(new InlineKeyboardRow(webApp("Открыть заказ", config.miniAppUrl())));
    } else if (kind.endsWith("_by_buyer")) {
      String what = kind.startsWith("order_cancelled") ? "отменил" : "получил";
      text.append("Покупатель ")
          .append(what)
          .append(" заказ #")
          .append(o.id())
          .append(" на сумму ")
          .append(money(o.totalPrice()))
          .append(" ₽.");
      rows.add(new InlineKeyboardRow(webApp("Открыть заказ", config.miniAppUrl())));
    } else {
      String status = kind.substring("order_".length());
      text.append("Заказ #")
          .append(o.id())
          .append(" в магазине «")
          .append(esc(shop))
          .append("» ")
          .append(STATUS.getOrDefault(status, esc(status)))
          .append(".\nСумма: ")
          .append(money(o.totalPrice()))
          .append(" ₽");
      if (status.equals("ready_for_pickup")) {
        orders
            .pickupAddress(o.id())
            .ifPresent(a -> text.append("\nАдрес самовывоза: ").append(esc(a)));
      }
      rows.add(
          new InlineKeyboardRow(webApp("Открыть заказ", config.miniAppUrl() + "/order/" + o.id())));
      if (status.equals("done")) {
        rows.add(new InlineKeyboardRow(callback("Я получил заказ", "recv:" + o.id())));
      }
    }
    SendMessage message =
        SendMessage.builder().chatId(chatId).text(text.toString()).parseMode("HTML").build();
    if (!rows.isEmpty()) {
      message.setReplyMarkup(InlineKeyboardMarkup.builder().keyboard(rows).build());
    }
    return Optional.of(message);
  }

  /**
   * A guest's new order for its seller (LATER.md §1.7), with the fee actually charged:
   * "(бесплатно)" when a delivery costs nothing.
   */
  static void guestOrder(StringBuilder text, OrderViews.SellerOrder o, String zone) {
    boolean delivery = "Доставка".equals(o.deliveryType());
    text.append("🆕 <b>Новый заказ #")
        .append(o.id())
        .append(" (гость)</b>\n💰 Сумма: ")
        .append(whole(o.totalPrice()))
        .append(" руб.\n🚚 ")
        .append(esc(o.deliveryType()));
    if (zone != null) {
      text.append(" — зона «").append(esc(zone)).append("»");
    }
    BigDecimal fee = o.deliveryFee() == null ? BigDecimal.ZERO : o.deliveryFee();
    if (fee.signum() > 0) {
      text.append(" (").append(whole(fee)).append(" руб.)");
    } else if (delivery) {
      text.append(" (бесплатно)");
    }
    String items =
        Arrays.stream(o.itemsInfo().split(", (?=\\d+:)"))
            .map(i -> i.replaceFirst("^\\d+:", "").replace(" x ", " × "))
            .collect(Collectors.joining(", "));
    text.append("\n\n🛒 ")
        .append(esc(items))
        .append("\n\n👤 Покупатель: ")
        .append(esc(o.buyerFio()))
        .append("\n📞 Телефон: ")
        .append(esc(o.buyerPhone()))
        .append("\n\nПринять или отклонить заказ — в админ-панели.");
  }

  /** Whole roubles, as the old texts printed them ({@code {:.0f}}). */
  static String whole(BigDecimal v) {
    return v.setScale(0, RoundingMode.HALF_EVEN).toPlainString();
  }

  /** The seller's procurement list for the date of the order that carries the outbox row. */
  private void daySummary(StringBuilder text, OrderViews.SellerOrder o) {
    LocalDate date = LocalDate.parse(o.preorderDeliveryDate());
    PreorderViews.Summary s = preorders.summary(o.sellerId(), date);
    text.append("📋 <b>Предзаказы на ")
        .append(DAY.format(date))
        .append("</b>\n\n📦 Заказов: ")
        .append(s.totalOrders())
        .append("\n💰 Общая сумма: ")
        .append(money(s.totalAmount()))
        .append(" руб.\n\n📝 Что нужно подготовить:\n");
    preorders
        .items(o.sellerId(), date)
        .forEach(
            i ->
                text.append("  ")
                    .append(esc(i.productName()))
                    .append(" x ")
                    .append(i.totalQuantity())
                    .append("\n"));
  }

  /** "2026-03-08" → "08.03.2026". */
  static String day(String isoDate) {
    return isoDate == null ? "" : DAY.format(LocalDate.parse(isoDate));
  }

  /** "12:Розы@4500.0 x 2, …" → one escaped line per item. */
  static String lines(String itemsInfo) {
    StringBuilder out = new StringBuilder();
    for (String item : itemsInfo.split(", (?=\\d+:)")) {
      String noId = item.replaceFirst("^\\d+:", "");
      int at = noId.lastIndexOf('@');
      int x = noId.lastIndexOf(" x ");
      String name = at > 0 ? noId.substring(0, at) : noId;
      String qty = x > 0 ? noId.substring(x + 3) : "1";
      out.append("• ").append(esc(name)).append(" × ").append(esc(qty)).append("\n");
    }
    return out.toString();
  }

  static String money(BigDecimal v) {
    return v.stripTrailingZeros().toPlainString();
  }

  static String esc(String s) {
    return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static InlineKeyboardButton callback(String text, String data) {
    return InlineKeyboardButton.builder().text(text).callbackData(data).build();
  }

  private static InlineKeyboardButton webApp(String text, String url) {
    return InlineKeyboardButton.builder().text(text).webApp(new WebAppInfo(url)).build();
  }
}

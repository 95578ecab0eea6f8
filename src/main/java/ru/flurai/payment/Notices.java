package ru.flurai.payment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import ru.flurai.platform.config.FluraiConfig;
import ru.flurai.telegram.Outbox;

/**
 * The Telegram messages of payments and subscriptions (LATER.md §4.5, §5.4–§5.5), queued in the
 * outbox in the caller's transaction: sent if and only if it commits.
 */
@ApplicationScoped
public class Notices {
  static final String TEXT_KIND = "bot_text";
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  @Inject Outbox outbox;
  @Inject FluraiConfig config;

  @Transactional(Transactional.TxType.MANDATORY)
  public void orderPaid(long orderId, Long buyerId, Long sellerId, BigDecimal total) {
    if (buyerId != null) {
      queue(
          buyerId,
          "✅ Заказ #" + orderId + " оплачен!\n\nПродавец начнёт сборку в ближайшее время.",
          config.miniAppUrl() + "/order/" + orderId);
    }
    if (sellerId != null) {
      queue(
          sellerId,
          "💰 Оплата получена! Заказ #"
              + orderId
              + " оплачен ("
              + total.setScale(0, RoundingMode.HALF_UP).toPlainString()
              + " руб.).\n\nМожно начинать сборку.",
          null);
    }
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void subscriptionActivated(long sellerId, int months, LocalDate until) {
    queue(
        sellerId,
        "✅ Подписка Flurai активирована на "
            + months
            + " мес.!\nДействует до "
            + DAY.format(until)
            + ".",
        null);
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void subscriptionExpiring(long sellerId, LocalDate until) {
    queue(
        sellerId,
        "⚠️ Подписка Flurai истекает через 3 дня ("
            + DAY.format(until)
            + ").\n\nПродлите подписку, чтобы продолжить принимать заказы.",
        null);
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void subscriptionExpired(long sellerId) {
    queue(
        sellerId,
        "🔴 Ваша подписка Flurai истекла.\n\nМагазин не может принимать заказы. Продлите подписку"
            + " в панели управления.",
        null);
  }

  private void queue(long chatId, String text, String url) {
    JsonObjectBuilder payload = Json.createObjectBuilder().add("text", text);
    if (url != null) {
      payload.add("url", url);
    }
    outbox.add(chatId, TEXT_KIND, payload.build().toString());
  }
}

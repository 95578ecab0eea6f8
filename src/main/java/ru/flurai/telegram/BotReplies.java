package ru.flurai.telegram;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.api.objects.webapp.WebAppInfo;
import ru.flurai.platform.config.FluraiConfig;

/**
 * The bot's answers to /start. They go through the outbox like every notification, written in the
 * transaction that marks the update processed: sent exactly when the update counts as handled,
 * retried and paced like the rest.
 */
@ApplicationScoped
public class BotReplies {
  static final String WELCOME = "bot_welcome";
  static final String SELLER_WELCOME = "bot_seller_welcome";
  static final String SHOP_INVITE = "bot_shop_invite";
  static final String PHONE_VERIFIED = "bot_phone_verified";
  static final String PHONE_NOT_OWN = "bot_phone_not_own";
  static final String PHONE_NOT_RUSSIAN = "bot_phone_not_russian";

  /**
   * A plain text written by another feature (CRM reminders, payments, subscriptions) with one
   * optional button opening {@code url}: payload {@code {"text", "url"}}.
   */
  public static final String TEXT = "bot_text";

  @Inject FluraiConfig config;

  static boolean isReply(String kind) {
    return kind.startsWith("bot_");
  }

  /**
   * The message for an outbox row of one of the kinds above; empty for a kind this version does not
   * know.
   */
  public Optional<SendMessage> render(Outbox.Row row) {
    return switch (row.kind()) {
      case WELCOME ->
          Optional.of(
              message(row.chatId(), BotTexts.WELCOME, BotTexts.OPEN_APP, config.miniAppUrl()));
      case SELLER_WELCOME ->
          Optional.of(
              message(row.chatId(), BotTexts.SELLER_WELCOME, BotTexts.PANEL, config.panelUrl()));
      case SHOP_INVITE ->
          Optional.ofNullable(row.shopId())
              .map(
                  shop ->
                      message(
                          row.chatId(),
                          BotTexts.SHOP_INVITE,
                          BotTexts.OPEN_SHOP,
                          config.miniAppUrl() + "/shop/" + shop));
      case PHONE_VERIFIED ->
          Optional.of(
              message(
                  row.chatId(), BotTexts.PHONE_VERIFIED, BotTexts.OPEN_APP, config.miniAppUrl()));
      case PHONE_NOT_OWN -> Optional.of(plain(row.chatId(), BotTexts.PHONE_NOT_OWN));
      case PHONE_NOT_RUSSIAN -> Optional.of(plain(row.chatId(), BotTexts.PHONE_NOT_RUSSIAN));
      case TEXT ->
          Optional.ofNullable(row.text())
              .filter(t -> !t.isBlank())
              .map(t -> t.length() > 4096 ? t.substring(0, 4096) : t)
              .map(
                  text ->
                      row.url() == null
                          ? plain(row.chatId(), text)
                          : message(row.chatId(), text, BotTexts.OPEN_ORDER, row.url()));
      default -> Optional.empty();
    };
  }

  private static SendMessage plain(long chat, String text) {
    return SendMessage.builder().chatId(chat).text(text).build();
  }

  private static SendMessage message(long chat, String text, String button, String url) {
    InlineKeyboardButton b =
        InlineKeyboardButton.builder().text(button).webApp(new WebAppInfo(url)).build();
    return SendMessage.builder()
        .chatId(chat)
        .text(text)
        .replyMarkup(InlineKeyboardMarkup.builder().keyboardRow(new InlineKeyboardRow(b)).build())
        .build();
  }
}

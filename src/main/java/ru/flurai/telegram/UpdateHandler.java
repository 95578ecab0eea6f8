package ru.flurai.telegram;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.logging.Logger;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.api.objects.webapp.WebAppInfo;
import ru.flurai.ordering.OrderMoves;
import ru.flurai.ordering.OrderStatus;
import ru.flurai.platform.config.FluraiConfig;
import ru.flurai.platform.http.ApiException;

/**
 * What the bot does with an update, whichever way it arrived (webhook or polling): /start, /start seller_&lt;id&gt;,
 * and the order buttons, which go through the same service and state machine as the panel. Each update_id is
 * handled once cluster-wide; stale or foreign button presses are answered politely and change nothing.
 */
@ApplicationScoped
public class UpdateHandler {
  private static final Logger LOG = Logger.getLogger(UpdateHandler.class.getName());

  @PersistenceContext(unitName = "primary")
  EntityManager db;

  @Inject TelegramGateway telegram;
  @Inject OrderMoves moves;
  @Inject FluraiConfig config;
  @Inject UpdateHandler self;

  public void handle(Update update) {
    if (update == null || update.getUpdateId() == null || !self.firstTime(update.getUpdateId())) {
      return;
    }
    try {
      if (update.hasCallbackQuery()) {
        callback(update.getCallbackQuery());
      } else if (update.hasMessage() && update.getMessage().hasText()) {
        message(update.getMessage());
      }
    } catch (Exception e) {
      LOG.warning("update " + update.getUpdateId() + " failed: " + e.getMessage());
    }
  }

  @Transactional
  public boolean firstTime(long updateId) {
    return db.createNativeQuery("insert into processed_updates (update_id) values (?1) on conflict do nothing")
        .setParameter(1, updateId).executeUpdate() == 1;
  }

  private void message(Message m) throws Exception {
    String text = m.getText().strip();
    if (!text.startsWith("/start")) {
      return;
    }
    long chat = m.getChatId();
    String arg = text.length() > 6 ? text.substring(6).strip() : "";
    if (arg.matches("seller_\\d{1,19}")) {
      String url = config.miniAppUrl() + "/shop/" + arg.substring(7);
      send(chat, BotTexts.SHOP_INVITE, button(BotTexts.OPEN_SHOP, url));
    } else if (isSeller(m.getFrom().getId())) {
      send(chat, BotTexts.SELLER_WELCOME, button(BotTexts.PANEL, config.settings().get("PANEL_URL",
          config.miniAppUrl())));
    } else {
      send(chat, BotTexts.WELCOME, button(BotTexts.OPEN_APP, config.miniAppUrl()));
    }
  }

  private void callback(CallbackQuery q) throws Exception {
    String data = q.getData() == null ? "" : q.getData();
    long from = q.getFrom().getId();
    String answer;
    try {
      long orderId = Long.parseLong(data.substring(data.indexOf(':') + 1));
      answer = switch (data.substring(0, Math.max(0, data.indexOf(':')))) {
        case "acc" -> act(() -> moves.bySeller(from, orderId, OrderStatus.ACCEPTED), BotTexts.ACCEPTED);
        case "rej" -> act(() -> moves.bySeller(from, orderId, OrderStatus.REJECTED), BotTexts.REJECTED);
        case "recv" -> act(() -> moves.byBuyer(from, orderId, OrderStatus.COMPLETED), BotTexts.RECEIVED);
        default -> BotTexts.UNKNOWN;
      };
    } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
      answer = BotTexts.UNKNOWN;
    }
    telegram.answer(AnswerCallbackQuery.builder().callbackQueryId(q.getId()).text(answer).build());
  }

  private static String act(Runnable move, String done) {
    try {
      move.run();
      return done;
    } catch (ApiException e) {
      return e.status() == 404 ? BotTexts.NOT_YOURS : BotTexts.ALREADY;
    }
  }

  private boolean isSeller(long tgId) {
    return !db.createNativeQuery("select 1 from sellers where seller_id = ?1 and deleted_at is null")
        .setParameter(1, tgId).getResultList().isEmpty();
  }

  private void send(long chat, String text, InlineKeyboardMarkup markup) throws Exception {
    telegram.send(SendMessage.builder().chatId(chat).text(text).replyMarkup(markup).build());
  }

  private static InlineKeyboardMarkup button(String text, String url) {
    return InlineKeyboardMarkup.builder().keyboardRow(new InlineKeyboardRow(
        InlineKeyboardButton.builder().text(text).webApp(new WebAppInfo(url)).build())).build();
  }
}

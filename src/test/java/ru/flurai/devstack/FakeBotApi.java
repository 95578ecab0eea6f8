package ru.flurai.devstack;

import static ru.flurai.devstack.FakeRequests.JSON;
import static ru.flurai.devstack.FakeRequests.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The Bot API methods of {@link FakeTelegram} and the state behind them.
 *
 * <ul>
 *   <li>{@code getMe}: the bot (id = the token's number before ':').
 *   <li>{@code sendMessage}: a Message (message_id 1, 2, 3…; chat type private for a positive id,
 *       group/supergroup for a negative one, channel for {@code @name}; text with parse_mode markup
 *       removed; the inline keyboard echoed). Refused as Telegram does: broken HTML/MarkdownV2
 *       ({@link TelegramMarkup}), empty or over 4096 characters, callback_data over 64 bytes, a
 *       web_app button outside a private chat.
 *   <li>{@code editMessageText}, {@code editMessageReplyMarkup}, {@code deleteMessage}: on messages
 *       it sent (or that came in a queued callback_query); "message to edit not found", "message is
 *       not modified".
 *   <li>{@code setWebhook} / {@code deleteWebhook} / {@code getWebhookInfo}: url, secret_token and
 *       the rest kept.
 *   <li>{@code getUpdates}: long polling over queued updates; an update is confirmed (dropped) by a
 *       later offset; waits at most the poll cap (2 s); 409 while a webhook is set, and 409 for a
 *       poll still waiting when another arrives ("terminated by other getUpdates request").
 *   <li>{@code setMyCommands}/{@code getMyCommands}/{@code deleteMyCommands}, {@code
 *       setChatMenuButton}/{@code getChatMenuButton}: kept; {@code answerCallbackQuery}, {@code
 *       sendChatAction}, {@code setMyDescription}, {@code setMyShortDescription}, {@code
 *       setMyName}, {@code logOut}, {@code close}: true.
 * </ul>
 */
final class FakeBotApi {
  static final int MAX_PENDING_UPDATES = 10_000;
  static final int MAX_MESSAGES = 10_000;
  static final int MAX_TEXT = 4096;

  /** A Bot API error answer: {@code {"ok":false,"error_code":…,"description":…}}. */
  static final class ApiError extends Exception {
    final int code;

    ApiError(int code, String description) {
      super(description, null, false, false);
      this.code = code;
    }
  }

  /** A successful answer; {@code description} is the optional text Telegram adds (setWebhook). */
  record Ok(JsonNode result, String description) {}

  private static final String[] METHODS = {
    "getMe",
    "getUpdates",
    "sendMessage",
    "editMessageText",
    "editMessageReplyMarkup",
    "deleteMessage",
    "answerCallbackQuery",
    "sendChatAction",
    "setWebhook",
    "deleteWebhook",
    "getWebhookInfo",
    "setChatMenuButton",
    "getChatMenuButton",
    "setMyCommands",
    "getMyCommands",
    "deleteMyCommands",
    "setMyDescription",
    "setMyShortDescription",
    "setMyName",
    "logOut",
    "close"
  };
  private static final Map<String, String> CANONICAL = new TreeMap<>();

  static {
    for (String m : METHODS) {
      CANONICAL.put(m.toLowerCase(Locale.ROOT), m);
    }
  }

  /**
   * The documented name of a method, whatever its case, or null when the Bot API has no such method
   * here.
   */
  static String canonical(String method) {
    return CANONICAL.get(method.toLowerCase(Locale.ROOT));
  }

  private final ObjectNode bot;
  private long pollCapMillis = 2000;
  private int nextMessageId = 1;
  private int nextUpdateId =
      100_000_001; // never reset: a live poller drops ids it has already seen
  private final Map<String, ObjectNode> messages =
      new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ObjectNode> eldest) {
          return size() > MAX_MESSAGES;
        }
      };
  private final Deque<ObjectNode> pending = new ArrayDeque<>();
  private ObjectNode webhook = JSON.createObjectNode().put("url", "");
  private int webhookSets;
  private Integer lastErrorDate;
  private String lastErrorMessage;
  private JsonNode commands = JSON.createArrayNode();
  private final Map<String, JsonNode> menuButtons = new TreeMap<>();
  private long polls;
  private long pollGeneration;
  private int waitingPolls;
  private long conflicts;
  private long lastPollMillis;
  private final Map<String, Long> pollsBy = new TreeMap<>();
  private boolean closed;

  FakeBotApi(String token) {
    String id = token.contains(":") ? token.substring(0, token.indexOf(':')) : "";
    bot =
        JSON.createObjectNode()
            .put("id", id.matches("[0-9]{1,15}") ? Long.parseLong(id) : 7_000_000_001L)
            .put("is_bot", true)
            .put("first_name", "Flurai Test Bot")
            .put("username", "flurai_test_bot")
            .put("can_join_groups", true)
            .put("can_read_all_group_messages", false)
            .put("supports_inline_queries", false)
            .put("can_connect_to_business", false)
            .put("has_main_web_app", false);
  }

  synchronized void pollCap(long millis) {
    pollCapMillis = Math.max(0, Math.min(millis, 60_000));
  }

  Ok call(String method, ObjectNode p, String caller) throws ApiError, InterruptedException {
    switch (method) {
      case "getMe":
        return ok(bot.deepCopy());
      case "getUpdates":
        return ok(getUpdates(p, caller));
      case "sendMessage":
        return ok(sendMessage(p));
      case "editMessageText":
      case "editMessageReplyMarkup":
        return ok(edit(p, method.equals("editMessageText")));
      case "deleteMessage":
        return ok(deleteMessage(p));
      case "setWebhook":
        return setWebhook(p);
      case "deleteWebhook":
        return deleteWebhook(p);
      case "getWebhookInfo":
        return ok(webhookInfo());
      case "setMyCommands":
        synchronized (this) {
          commands = p.has("commands") ? p.get("commands") : JSON.createArrayNode();
        }
        return ok(BooleanNode.TRUE);
      case "getMyCommands":
        synchronized (this) {
          return ok(commands.deepCopy());
        }
      case "deleteMyCommands":
        synchronized (this) {
          commands = JSON.createArrayNode();
        }
        return ok(BooleanNode.TRUE);
      case "setChatMenuButton":
        synchronized (this) {
          menuButtons.put(
              Objects.toString(text(p, "chat_id"), ""),
              p.has("menu_button")
                  ? p.get("menu_button")
                  : JSON.createObjectNode().put("type", "default"));
        }
        return ok(BooleanNode.TRUE);
      case "getChatMenuButton":
        synchronized (this) {
          JsonNode b =
              menuButtons.getOrDefault(
                  Objects.toString(text(p, "chat_id"), ""), menuButtons.get(""));
          return ok(b != null ? b.deepCopy() : JSON.createObjectNode().put("type", "default"));
        }
      default: // answerCallbackQuery, sendChatAction, setMyDescription, …
        return ok(BooleanNode.TRUE);
    }
  }

  private static Ok ok(JsonNode result) {
    return new Ok(result, null);
  }

  // ---- messages

  private ObjectNode chat(String chatId) throws ApiError {
    if (chatId == null || chatId.isBlank()) {
      throw new ApiError(400, "Bad Request: chat_id is empty");
    }
    ObjectNode chat = JSON.createObjectNode();
    if (chatId.matches("-?[0-9]{1,20}")) {
      long id = Long.parseLong(chatId);
      chat.put("id", id);
      if (id > 0) {
        return chat.put("first_name", "User " + id).put("type", "private");
      }
      return chat.put("title", "Chat " + id)
          .put("type", chatId.startsWith("-100") ? "supergroup" : "group");
    }
    return chat.put("id", -1_000_000_000_000L - Math.abs((long) chatId.hashCode()))
        .put("title", chatId)
        .put("username", chatId.replaceFirst("^@", ""))
        .put("type", "channel");
  }

  private static String plainText(ObjectNode p) throws ApiError {
    String text = text(p, "text");
    String plain;
    try {
      plain = TelegramMarkup.plainText(text == null ? "" : text, text(p, "parse_mode"));
    } catch (TelegramMarkup.ParseException e) {
      throw new ApiError(400, e.getMessage());
    }
    if (plain.isBlank()) {
      throw new ApiError(400, "Bad Request: message text is empty");
    }
    if (plain.length() > MAX_TEXT) {
      throw new ApiError(400, "Bad Request: message is too long");
    }
    return plain;
  }

  /** The inline keyboard to attach (null for none), checked as Telegram checks it. */
  private static JsonNode inlineKeyboard(ObjectNode p, ObjectNode chat) throws ApiError {
    JsonNode markup = p.get("reply_markup");
    if (markup == null || markup.isNull()) {
      return null;
    }
    if (!markup.isObject()) {
      throw new ApiError(400, "Bad Request: can't parse reply keyboard markup JSON object");
    }
    if (!markup.has("inline_keyboard")) {
      return null; // reply keyboards are shown to the user but not part of the returned Message
    }
    for (JsonNode row : markup.get("inline_keyboard")) {
      for (JsonNode button : row) {
        String data = text(button, "callback_data");
        if (data != null && (data.isEmpty() || data.getBytes(StandardCharsets.UTF_8).length > 64)) {
          throw new ApiError(400, "Bad Request: BUTTON_DATA_INVALID");
        }
        if (button.has("web_app") && !"private".equals(chat.get("type").asText())) {
          throw new ApiError(400, "Bad Request: BUTTON_TYPE_INVALID");
        }
      }
    }
    return markup;
  }

  private ObjectNode sendMessage(ObjectNode p) throws ApiError {
    ObjectNode chat = chat(text(p, "chat_id"));
    String plain = plainText(p);
    JsonNode keyboard = inlineKeyboard(p, chat);
    synchronized (this) {
      ObjectNode m = JSON.createObjectNode().put("message_id", nextMessageId++);
      ObjectNode from = m.putObject("from"); // a bot as a sender: no getMe capability flags
      for (String f : new String[] {"id", "is_bot", "first_name", "username"}) {
        from.set(f, bot.get(f));
      }
      m.set("chat", chat);
      m.put("date", System.currentTimeMillis() / 1000).put("text", plain);
      if (p.has("entities") && !p.has("parse_mode")) {
        m.set("entities", p.get("entities"));
      }
      if (keyboard != null) {
        m.set("reply_markup", keyboard);
      }
      messages.put(chat.get("id").asText() + "/" + m.get("message_id").asText(), m);
      return m.deepCopy();
    }
  }

  private JsonNode edit(ObjectNode p, boolean newText) throws ApiError {
    String plain = newText ? plainText(p) : null;
    if (text(p, "inline_message_id") != null) {
      return BooleanNode.TRUE;
    }
    ObjectNode chat = chat(text(p, "chat_id"));
    JsonNode keyboard = inlineKeyboard(p, chat);
    synchronized (this) {
      ObjectNode m = messages.get(chat.get("id").asText() + "/" + text(p, "message_id"));
      if (m == null) {
        throw new ApiError(400, "Bad Request: message to edit not found");
      }
      if ((plain == null || plain.equals(m.path("text").asText()))
          && Objects.equals(keyboard, m.get("reply_markup"))) {
        throw new ApiError(
            400,
            "Bad Request: message is not modified: specified new message content and reply"
                + " markup are exactly the same as a current content and reply markup of the message");
      }
      if (plain != null) {
        m.put("text", plain);
      }
      if (keyboard == null) {
        m.remove("reply_markup"); // editing without reply_markup removes the inline keyboard
      } else {
        m.set("reply_markup", keyboard);
      }
      m.put("edit_date", System.currentTimeMillis() / 1000);
      return m.deepCopy();
    }
  }

  private synchronized JsonNode deleteMessage(ObjectNode p) throws ApiError {
    if (messages.remove(chat(text(p, "chat_id")).get("id").asText() + "/" + text(p, "message_id"))
        == null) {
      throw new ApiError(400, "Bad Request: message to delete not found");
    }
    return BooleanNode.TRUE;
  }

  // ---- webhook

  private synchronized Ok setWebhook(ObjectNode p) {
    String url = Objects.toString(text(p, "url"), "");
    if (url.isEmpty()) {
      return deleteWebhook(p);
    }
    webhook = p.deepCopy();
    webhook.put("url", url).put("set_at", System.currentTimeMillis());
    webhookSets++;
    lastErrorDate = null;
    lastErrorMessage = null;
    if (p.path("drop_pending_updates").asBoolean(false)) {
      pending.clear();
    }
    notifyAll(); // a waiting getUpdates ends with 409
    return new Ok(BooleanNode.TRUE, "Webhook was set");
  }

  private synchronized Ok deleteWebhook(ObjectNode p) {
    boolean wasSet = !webhook.path("url").asText().isEmpty();
    webhook = JSON.createObjectNode().put("url", "");
    if (p.path("drop_pending_updates").asBoolean(false)) {
      pending.clear();
    }
    return new Ok(BooleanNode.TRUE, wasSet ? "Webhook was deleted" : "Webhook is already deleted");
  }

  synchronized ObjectNode webhookInfo() {
    String url = webhook.path("url").asText();
    ObjectNode info =
        JSON.createObjectNode()
            .put("url", url)
            .put("has_custom_certificate", false)
            .put("pending_update_count", pending.size());
    if (!url.isEmpty()) {
      info.put("max_connections", webhook.path("max_connections").asInt(40));
      if (webhook.has("ip_address")) {
        info.put("ip_address", text(webhook, "ip_address"));
      }
      if (webhook.has("allowed_updates")) {
        info.set("allowed_updates", webhook.get("allowed_updates"));
      }
    }
    if (lastErrorDate != null) {
      info.put("last_error_date", lastErrorDate).put("last_error_message", lastErrorMessage);
    }
    return info;
  }

  /**
   * The last setWebhook as received (url, secret_token, …) and how many times it was called; url ""
   * when none.
   */
  synchronized ObjectNode webhook() {
    ObjectNode w = webhook.deepCopy();
    w.put("set_count", webhookSets);
    return w;
  }

  synchronized void webhookFailed(String message) {
    lastErrorDate = (int) (System.currentTimeMillis() / 1000);
    lastErrorMessage = message;
  }

  // ---- updates

  /** Queues an update (assigning update_id when absent); returns the queued copy. */
  synchronized ObjectNode enqueue(JsonNode update) {
    if (!update.isObject()) {
      throw new IllegalArgumentException("an Update is a JSON object");
    }
    if (pending.size() >= MAX_PENDING_UPDATES) {
      throw new IllegalStateException("more than " + MAX_PENDING_UPDATES + " pending updates");
    }
    ObjectNode u = ((ObjectNode) update).deepCopy();
    if (u.has("update_id")) {
      nextUpdateId = Math.max(nextUpdateId, u.get("update_id").asInt() + 1);
    } else {
      u.put("update_id", nextUpdateId++);
    }
    // the bot may edit the message a callback query comes from
    JsonNode m = u.path("callback_query").path("message");
    if (m.has("message_id") && m.path("chat").has("id")) {
      messages.putIfAbsent(
          m.get("chat").get("id").asText() + "/" + m.get("message_id").asText(),
          ((ObjectNode) m).deepCopy());
    }
    if (webhook.path("url").asText().isEmpty()) {
      pending.add(u);
      notifyAll();
    }
    return u.deepCopy();
  }

  synchronized String webhookUrl() {
    return webhook.path("url").asText();
  }

  synchronized String webhookSecret() {
    return text(webhook, "secret_token");
  }

  synchronized ArrayNode pending() {
    ArrayNode a = JSON.createArrayNode();
    pending.forEach(u -> a.add(u.deepCopy()));
    return a;
  }

  private synchronized ArrayNode getUpdates(ObjectNode p, String caller)
      throws ApiError, InterruptedException {
    if (!webhookUrl().isEmpty()) {
      throw new ApiError(
          409,
          "Conflict: can't use getUpdates method while webhook is active;"
              + " use deleteWebhook to delete the webhook first");
    }
    polls++;
    pollsBy.merge(caller, 1L, Long::sum);
    lastPollMillis = System.currentTimeMillis();
    if (waitingPolls > 0) {
      conflicts++;
    }
    long generation = ++pollGeneration;
    notifyAll(); // a getUpdates still waiting ends with 409, as on Telegram
    long offset = p.path("offset").asLong(0);
    if (offset < 0) {
      while (pending.size() > -offset) {
        pending.poll();
      }
    } else {
      while (!pending.isEmpty() && pending.peek().get("update_id").asLong() < offset) {
        pending.poll(); // confirmed
      }
    }
    int limit = Math.max(1, Math.min(p.path("limit").asInt(100), 100));
    long deadline =
        System.currentTimeMillis()
            + Math.min(Math.max(p.path("timeout").asLong(0), 0) * 1000, pollCapMillis);
    waitingPolls++;
    try {
      while (true) {
        if (generation != pollGeneration) {
          throw new ApiError(
              409,
              "Conflict: terminated by other getUpdates request;"
                  + " make sure that only one bot instance is running");
        }
        if (!webhookUrl().isEmpty()) {
          throw new ApiError(409, "Conflict: terminated by setWebhook request");
        }
        long left = deadline - System.currentTimeMillis();
        if (!pending.isEmpty() || left <= 0 || closed) {
          ArrayNode out = JSON.createArrayNode();
          pending.stream().limit(limit).forEach(u -> out.add(u.deepCopy()));
          return out;
        }
        wait(left);
      }
    } finally {
      waitingPolls--;
    }
  }

  synchronized ObjectNode polls() {
    ObjectNode o =
        JSON.createObjectNode()
            .put("count", polls)
            .put("conflicts", conflicts)
            .put("waiting", waitingPolls)
            .put("last_poll_ms", lastPollMillis);
    ObjectNode by = o.putObject("by");
    pollsBy.forEach(by::put);
    return o;
  }

  synchronized long pollCount() {
    return polls;
  }

  /** Forgets messages, webhook, pending updates, commands and poll counts; ids keep increasing. */
  synchronized void reset() {
    messages.clear();
    pending.clear();
    webhook = JSON.createObjectNode().put("url", "");
    webhookSets = 0;
    lastErrorDate = null;
    lastErrorMessage = null;
    commands = JSON.createArrayNode();
    menuButtons.clear();
    polls = 0;
    conflicts = 0;
    lastPollMillis = 0;
    pollsBy.clear();
    notifyAll();
  }

  /** Stopping: waiting polls answer now. */
  synchronized void close() {
    closed = true;
    notifyAll();
  }
}

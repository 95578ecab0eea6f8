package ru.flurai.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updates.DeleteWebhook;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.methods.updates.GetWebhookInfo;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.WebhookInfo;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.api.objects.webapp.WebAppInfo;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/** The real TelegramBots 10.2.0 client and long polling against {@link FakeTelegram}. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class FakeTelegramTest {
  private static final String TOKEN = "123456:TEST-token_abc";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(2))
          .build();
  private static final String START =
      "{\"message\":{\"message_id\":10,\"from\":{\"id\":42,\"is_bot\":false,"
          + "\"first_name\":\"Иван\",\"language_code\":\"ru\"},\"chat\":{\"id\":42,\"first_name\":\"Иван\","
          + "\"type\":\"private\"},\"date\":1767225600,\"text\":\"/start\","
          + "\"entities\":[{\"offset\":0,\"length\":6,\"type\":\"bot_command\"}]}}";
  private static final String CALLBACK =
      "{\"callback_query\":{\"id\":\"4382bfdwdsb323b2d9\",\"from\":{\"id\":77,"
          + "\"is_bot\":false,\"first_name\":\"Продавец\"},\"message\":{\"message_id\":5,\"from\":{\"id\":123456,"
          + "\"is_bot\":true,\"first_name\":\"Flurai Test Bot\",\"username\":\"flurai_test_bot\"},\"chat\":{\"id\":77,"
          + "\"first_name\":\"Продавец\",\"type\":\"private\"},\"date\":1767225600,\"text\":\"Заказ #17\"},"
          + "\"chat_instance\":\"-6032811233413256781\",\"data\":\"order:17:accept\"}}";

  private FakeTelegram fake;
  private OkHttpTelegramClient client;

  @BeforeEach
  void start() throws IOException {
    fake = FakeTelegram.start(0, TOKEN);
    client =
        new OkHttpTelegramClient(TOKEN, new TelegramUrl("http", "127.0.0.1", fake.port(), false));
  }

  @AfterEach
  void stop() {
    fake.stop();
  }

  private static SendMessage text(long chatId, String text) {
    return SendMessage.builder().chatId(chatId).text(text).build();
  }

  private HttpResponse<String> http(String method, String path, String body) throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(fake.baseUrl() + path))
            .timeout(Duration.ofSeconds(10))
            .header("Content-Type", "application/json")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private JsonNode httpJson(String method, String path, String body) throws Exception {
    HttpResponse<String> r = http(method, path, body);
    assertEquals(200, r.statusCode(), r.body());
    return JSON.readTree(r.body());
  }

  private static void await(String what, Duration timeout, BooleanSupplier condition)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out waiting for " + what);
      }
      Thread.sleep(20);
    }
  }

  private static boolean causedBy(Throwable t, Class<? extends Throwable> type) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (type.isInstance(c)) {
        return true;
      }
    }
    return false;
  }

  @Test
  void sendMessageWithInlineKeyboardRoundTripsAndIsRecorded() throws Exception {
    User me = client.execute(new GetMe());
    assertEquals(123456L, me.getId());
    assertTrue(me.getIsBot());
    assertEquals("flurai_test_bot", me.getUserName());

    InlineKeyboardMarkup keyboard =
        InlineKeyboardMarkup.builder()
            .keyboardRow(
                new InlineKeyboardRow(
                    InlineKeyboardButton.builder()
                        .text("Принять")
                        .callbackData("order:17:accept")
                        .build(),
                    InlineKeyboardButton.builder()
                        .text("Отклонить")
                        .callbackData("order:17:reject")
                        .build()))
            .keyboardRow(
                new InlineKeyboardRow(
                    InlineKeyboardButton.builder()
                        .text("Открыть заказ")
                        .webApp(new WebAppInfo("https://app.flurai.test/order/17"))
                        .build()))
            .build();
    String html = "<b>Заказ #17</b>\nРозы &amp; тюльпаны, итого 1 500 ₽";
    long before = System.currentTimeMillis();
    Message sent =
        client.execute(
            SendMessage.builder()
                .chatId(424242L)
                .text(html)
                .parseMode(ParseMode.HTML)
                .replyMarkup(keyboard)
                .build());
    Message second = client.execute(text(424242L, "второе"));

    assertEquals(1, sent.getMessageId());
    assertEquals(2, second.getMessageId());
    assertEquals(424242L, sent.getChatId());
    assertEquals("private", sent.getChat().getType());
    assertEquals(
        "Заказ #17\nРозы & тюльпаны, итого 1 500 ₽",
        sent.getText()); // markup parsed away, as Telegram does
    assertEquals(keyboard, sent.getReplyMarkup());
    assertNull(second.getReplyMarkup());

    FakeCall call = fake.calls("sendMessage").get(0);
    assertEquals("424242", call.chatId());
    assertEquals(html, call.text());
    assertEquals(ParseMode.HTML, call.parseMode()); // "html" in 10.2.0
    assertEquals(
        "order:17:accept", call.replyMarkup().at("/inline_keyboard/0/0/callback_data").asText());
    assertEquals(
        "order:17:reject", call.replyMarkup().at("/inline_keyboard/0/1/callback_data").asText());
    assertEquals(
        "https://app.flurai.test/order/17",
        call.replyMarkup().at("/inline_keyboard/1/0/web_app/url").asText());
    assertEquals(200, call.status());
    assertEquals("ok", call.outcome());
    assertTrue(call.timeMillis() >= before && call.timeMillis() <= System.currentTimeMillis());

    // the same record over the control API; the client sent the lower-case path, the record has the
    // API name
    JsonNode recorded = httpJson("GET", "/_fake/calls?method=sendMessage&chat_id=424242", null);
    assertEquals(2, recorded.size());
    assertEquals(
        "Открыть заказ", recorded.get(0).at("/reply_markup/inline_keyboard/1/0/text").asText());
    assertEquals("второе", recorded.get(1).get("text").asText());
    assertEquals(1, httpJson("GET", "/_fake/calls?method=getMe", null).size());
  }

  @Test
  void scripted429ReachesTheClientWithRetryAfter() throws Exception {
    fake.faults("{\"status\": 429, \"retry_after\": 7, \"methods\": [\"sendMessage\"]}");
    assertNotNull(client.execute(new GetMe())); // other methods are not affected

    TelegramApiRequestException e =
        assertThrows(TelegramApiRequestException.class, () -> client.execute(text(42, "привет")));
    assertEquals(429, e.getErrorCode());
    assertEquals(7, e.getParameters().getRetryAfter());
    assertTrue(e.getApiResponse().contains("Too Many Requests: retry after 7"), e.getApiResponse());

    assertEquals(1, client.execute(text(42, "привет")).getMessageId()); // the fault was used up
    assertEquals(
        List.of("scripted 429", "ok"),
        fake.calls("sendMessage").stream().map(FakeCall::outcome).toList());
    assertEquals(
        List.of(429, 200), fake.calls("sendMessage").stream().map(FakeCall::status).toList());
  }

  @Test
  void scripted403ForOneChatThroughTheControlApi() throws Exception {
    JsonNode added =
        httpJson("POST", "/_fake/faults", "{\"status\": 403, \"chat_id\": \"777\", \"count\": 2}");
    assertEquals(1, added.get("pending").asInt());

    TelegramApiRequestException e =
        assertThrows(
            TelegramApiRequestException.class, () -> client.execute(text(777, "Заказ принят")));
    assertEquals(403, e.getErrorCode());
    assertEquals("Forbidden: bot was blocked by the user", e.getApiResponse());
    assertNotNull(client.execute(text(888, "другой чат")).getMessageId());
    assertThrows(TelegramApiRequestException.class, () -> client.execute(text(777, "ещё раз")));
    assertNotNull(client.execute(text(777, "и снова")).getMessageId());
    assertEquals(0, httpJson("GET", "/_fake/faults", null).size());
  }

  @Test
  void scriptedBadRequestServerErrorAndGatewayPage() throws Exception {
    fake.faults("[{\"status\": 400}, {\"status\": 500}, {\"status\": 502}]");

    TelegramApiRequestException badRequest =
        assertThrows(TelegramApiRequestException.class, () -> client.execute(text(1, "a")));
    assertEquals(400, badRequest.getErrorCode());
    assertEquals("Bad Request: chat not found", badRequest.getApiResponse());
    TelegramApiRequestException serverError =
        assertThrows(TelegramApiRequestException.class, () -> client.execute(text(1, "b")));
    assertEquals(500, serverError.getErrorCode());
    // nginx's HTML page is not a Bot API answer: TelegramBots reports error code 0, not 502
    TelegramApiRequestException gateway =
        assertThrows(TelegramApiRequestException.class, () -> client.execute(text(1, "c")));
    assertEquals(0, gateway.getErrorCode());
    assertEquals("Unable to deserialize response", gateway.getMessage());
    assertTrue(causedBy(gateway, IOException.class), gateway.toString());
    assertNotNull(client.execute(text(1, "d")).getMessageId());
  }

  @Test
  void scriptedDelayMakesTheClientTimeOut() throws Exception {
    OkHttpClient impatient = new OkHttpClient.Builder().readTimeout(Duration.ofMillis(300)).build();
    OkHttpTelegramClient timed =
        new OkHttpTelegramClient(
            impatient, TOKEN, new TelegramUrl("http", "127.0.0.1", fake.port(), false));
    fake.faults("{\"delay_ms\": 1500}");

    long t0 = System.nanoTime();
    TelegramApiException e =
        assertThrows(TelegramApiException.class, () -> timed.execute(text(5, "медленно")));
    assertTrue(causedBy(e, InterruptedIOException.class), e.toString()); // SocketTimeoutException
    assertTrue(System.nanoTime() - t0 < TimeUnit.MILLISECONDS.toNanos(1400));

    assertNotNull(timed.execute(text(5, "быстро")).getMessageId());
    List<FakeCall> sends = fake.awaitCalls("sendMessage", 2, Duration.ofSeconds(5));
    assertTrue(
        sends.stream().anyMatch(c -> c.outcome().equals("scripted delay 1500ms then ok")),
        sends.toString());
    impatient.dispatcher().executorService().shutdown();
    impatient.connectionPool().evictAll();
  }

  @Test
  void downRefusesConnectionsThenListensAgainOnTheSamePort() throws Exception {
    assertNotNull(client.execute(new GetMe())); // a pooled keep-alive connection exists
    int port = fake.port();

    JsonNode answer = httpJson("POST", "/_fake/down?seconds=1", null);
    long downAt = System.nanoTime();
    assertEquals(1000, answer.get("down_ms").asInt());

    TelegramApiException e =
        assertThrows(TelegramApiException.class, () -> client.execute(text(9, "не дойдёт")));
    assertTrue(causedBy(e, IOException.class), e.toString());
    assertThrows(IOException.class, () -> http("GET", "/_fake/info", null));
    assertTrue(fake.isDown());

    await("the fake to listen again", Duration.ofSeconds(10), () -> !fake.isDown());
    assertTrue(System.nanoTime() - downAt >= TimeUnit.MILLISECONDS.toNanos(900));
    assertEquals(port, fake.port());
    assertNotNull(client.execute(text(9, "дошло")).getMessageId());
    assertEquals(port, httpJson("GET", "/_fake/info", null).get("port").asInt());
  }

  @Test
  void longPollingDeliversEachUpdateExactlyOnce() throws Exception {
    fake.pollCap(Duration.ofMillis(200));
    List<Update> received = new CopyOnWriteArrayList<>();
    ScheduledExecutorService poller =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "test-long-polling");
              t.setDaemon(true);
              return t;
            });
    OkHttpClient http = new OkHttpClient();
    try (TelegramBotsLongPollingApplication app =
        new TelegramBotsLongPollingApplication(ObjectMapper::new, () -> http, () -> poller)) {
      app.registerBot(
          TOKEN,
          () -> new TelegramUrl("http", "127.0.0.1", fake.port(), false),
          lastUpdateId ->
              GetUpdates.builder().offset(lastUpdateId + 1).limit(100).timeout(50).build(),
          received::addAll);

      fake.enqueueUpdate(START);
      JsonNode queued = httpJson("POST", "/_fake/updates", CALLBACK);
      assertTrue(queued.get(0).get("queued").asBoolean());

      await("both updates", Duration.ofSeconds(10), () -> received.size() >= 2);
      long polls = fake.pollCount();
      await("three more polls", Duration.ofSeconds(10), () -> fake.pollCount() >= polls + 3);

      assertEquals(2, received.size(), received.toString());
      Message start = received.get(0).getMessage();
      assertTrue(start.isCommand());
      assertEquals("/start", start.getText());
      assertEquals(42L, start.getChatId());
      assertEquals("order:17:accept", received.get(1).getCallbackQuery().getData());
      assertEquals(77L, received.get(1).getCallbackQuery().getFrom().getId());
      assertEquals(received.get(0).getUpdateId() + 1, received.get(1).getUpdateId());

      assertEquals(
          0, httpJson("GET", "/_fake/updates", null).size()); // confirmed by the next offset
      assertEquals(1, fake.calls("deleteWebhook").size()); // the session clears any webhook first
      JsonNode pollStats = httpJson("GET", "/_fake/polls", null);
      assertTrue(pollStats.get("count").asLong() >= polls + 3);
      assertEquals(0, pollStats.get("conflicts").asInt());
      assertFalse(pollStats.get("by").isEmpty());
    } finally {
      poller.shutdownNow();
      http.dispatcher().executorService().shutdown();
      http.connectionPool().evictAll();
    }
  }

  @Test
  void aSecondPollerTerminatesTheFirstWith409() throws Exception {
    String poll = "/bot" + TOKEN + "/getupdates";
    CompletableFuture<HttpResponse<String>> first =
        HTTP.sendAsync(
            HttpRequest.newBuilder(URI.create(fake.baseUrl() + poll))
                .header("Content-Type", "application/json")
                .header("X-Fake-Caller", "instance-a")
                .POST(HttpRequest.BodyPublishers.ofString("{\"timeout\":30}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    await(
        "the first poll to wait",
        Duration.ofSeconds(5),
        () -> fake.polls().get("waiting").asInt() == 1);
    HttpResponse<String> second =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(fake.baseUrl() + poll))
                .header("X-Fake-Caller", "instance-b")
                .POST(HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertEquals(200, second.statusCode());
    HttpResponse<String> terminated = first.get(5, TimeUnit.SECONDS);
    assertEquals(409, terminated.statusCode());
    assertTrue(
        terminated.body().contains("terminated by other getUpdates request"), terminated.body());
    JsonNode polls = fake.polls();
    assertEquals(1, polls.get("conflicts").asInt());
    assertEquals(1, polls.at("/by/instance-a").asInt());
    assertEquals(1, polls.at("/by/instance-b").asInt());
  }

  @Test
  void setWebhookRecordsUrlAndSecret() throws Exception {
    String url = "https://api.flurai.test/telegram/webhook";
    assertTrue(
        client.execute(
            SetWebhook.builder()
                .url(url)
                .secretToken("s3cret-Token_1")
                .maxConnections(10)
                .build()));

    WebhookInfo info = client.execute(new GetWebhookInfo());
    assertEquals(url, info.getUrl());
    assertEquals(10, info.getMaxConnections());
    assertEquals(0, info.getPendingUpdatesCount());
    JsonNode webhook = httpJson("GET", "/_fake/webhook", null);
    assertEquals(url, webhook.get("url").asText());
    assertEquals("s3cret-Token_1", webhook.get("secret_token").asText());
    assertEquals(1, webhook.get("set_count").asInt());
    assertEquals(
        "s3cret-Token_1",
        fake.calls("setWebhook").get(0).params().get("secret_token").asText()); // multipart

    HttpResponse<String> poll = http("POST", "/bot" + TOKEN + "/getUpdates", "{}");
    assertEquals(409, poll.statusCode());
    assertTrue(
        poll.body().contains("can't use getUpdates method while webhook is active"), poll.body());

    assertTrue(client.execute(new DeleteWebhook()));
    assertEquals("", client.execute(new GetWebhookInfo()).getUrl());
  }

  @Test
  void updatesArePostedToAnActiveWebhookWithTheSecretHeader() throws Exception {
    List<String> secrets = new CopyOnWriteArrayList<>();
    List<JsonNode> bodies = new CopyOnWriteArrayList<>();
    HttpServer service = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    service.createContext(
        "/telegram/webhook",
        ex -> {
          secrets.add(ex.getRequestHeaders().getFirst("X-Telegram-Bot-Api-Secret-Token"));
          bodies.add(JSON.readTree(ex.getRequestBody().readAllBytes()));
          ex.sendResponseHeaders(200, -1);
          ex.close();
        });
    service.start();
    try {
      String url = "http://127.0.0.1:" + service.getAddress().getPort() + "/telegram/webhook";
      client.execute(SetWebhook.builder().url(url).secretToken("hook-secret").build());

      JsonNode delivered = httpJson("POST", "/_fake/updates", "[" + START + "," + CALLBACK + "]");
      assertEquals(200, delivered.get(0).get("webhook_status").asInt());
      assertEquals(200, delivered.get(1).get("webhook_status").asInt());
      assertEquals(List.of("hook-secret", "hook-secret"), secrets);
      assertEquals("/start", bodies.get(0).at("/message/text").asText());
      assertEquals(
          delivered.get(1).get("update_id").asLong(), bodies.get(1).get("update_id").asLong());
      assertEquals(0, client.execute(new GetWebhookInfo()).getPendingUpdatesCount());
      assertEquals(2, fake.webhook().get("deliveries").size());
    } finally {
      service.stop(0);
    }
  }

  @Test
  void unknownTokenGets401AndUnknownMethod404() throws Exception {
    OkHttpTelegramClient stranger =
        new OkHttpTelegramClient(
            "999:WRONG", new TelegramUrl("http", "127.0.0.1", fake.port(), false));
    TelegramApiRequestException e =
        assertThrows(TelegramApiRequestException.class, () -> stranger.execute(new GetMe()));
    assertEquals(401, e.getErrorCode());
    assertEquals("Unauthorized", e.getApiResponse());

    HttpResponse<String> unknown = http("POST", "/bot" + TOKEN + "/sendUnicorn", "{}");
    assertEquals(404, unknown.statusCode());
    assertEquals(
        "{\"ok\":false,\"error_code\":404,\"description\":\"Not Found: method not found\"}",
        unknown.body());

    // any case, form-encoded body
    HttpResponse<String> form =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(fake.baseUrl() + "/bot" + TOKEN + "/SENDMESSAGE"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "chat_id=5&text=%D0%BF%D1%80%D0%B8%D0%B2%D0%B5%D1%82"))
                .build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertEquals(200, form.statusCode(), form.body());
    assertEquals("привет", JSON.readTree(form.body()).at("/result/text").asText());
    assertEquals(List.of(401, 404, 200), fake.calls().stream().map(FakeCall::status).toList());
    assertEquals("sendMessage", fake.calls().get(2).method());
  }

  @Test
  void markupAndEditsFailAsTelegramWould() throws Exception {
    TelegramApiRequestException html =
        assertThrows(
            TelegramApiRequestException.class,
            () ->
                client.execute(
                    SendMessage.builder()
                        .chatId(3L)
                        .text("Комментарий: <3 розы")
                        .parseMode(ParseMode.HTML)
                        .build()));
    assertEquals(400, html.getErrorCode());
    assertTrue(
        html.getApiResponse()
            .startsWith("Bad Request: can't parse entities: Unsupported start tag"));
    TelegramApiRequestException md =
        assertThrows(
            TelegramApiRequestException.class,
            () ->
                client.execute(
                    SendMessage.builder()
                        .chatId(3L)
                        .text("Итого 1.500 ₽")
                        .parseMode(ParseMode.MARKDOWNV2)
                        .build()));
    assertEquals(
        "Bad Request: can't parse entities: Character '.' is reserved and must be escaped with the"
            + " preceding '\\'",
        md.getApiResponse());
    assertEquals(
        "Итого 1.500 ₽ *жирный*",
        client
            .execute(
                SendMessage.builder()
                    .chatId(3L)
                    .text("Итого 1\\.500 ₽ \\*жирный\\*")
                    .parseMode(ParseMode.MARKDOWNV2)
                    .build())
            .getText());

    Message sent = client.execute(text(3, "Заказ #1: новый"));
    EditMessageText same =
        EditMessageText.builder()
            .chatId(3L)
            .messageId(sent.getMessageId())
            .text("Заказ #1: новый")
            .build();
    TelegramApiRequestException notModified =
        assertThrows(TelegramApiRequestException.class, () -> client.execute(same));
    assertTrue(notModified.getApiResponse().startsWith("Bad Request: message is not modified"));
    Message edited =
        (Message)
            client.execute(
                EditMessageText.builder()
                    .chatId(3L)
                    .messageId(sent.getMessageId())
                    .text("Заказ #1: принят")
                    .build());
    assertEquals("Заказ #1: принят", edited.getText());
    TelegramApiRequestException missing =
        assertThrows(
            TelegramApiRequestException.class,
            () ->
                client.execute(
                    EditMessageText.builder().chatId(3L).messageId(999).text("x").build()));
    assertEquals("Bad Request: message to edit not found", missing.getApiResponse());
  }

  @Test
  void markupParserEdgeCases() throws Exception {
    assertEquals("a < b & c > d", TelegramMarkup.plainText("a &lt; b & c > d", "HTML"));
    assertEquals(
        "bold link",
        TelegramMarkup.plainText(
            "<b>bold</b> <a href=\"https://x.test/?a=1&b=2\">link</a>", "HTML"));
    assertThrows(
        TelegramMarkup.ParseException.class, () -> TelegramMarkup.plainText("<b>open", "HTML"));
    assertThrows(
        TelegramMarkup.ParseException.class,
        () -> TelegramMarkup.plainText("<b><i>x</b></i>", "HTML"));
    assertEquals(
        "link and code_x",
        TelegramMarkup.plainText("[link](https://x.test/a\\)b) and `code_x`", "MarkdownV2"));
    assertThrows(
        TelegramMarkup.ParseException.class, () -> TelegramMarkup.plainText("*bold", "MarkdownV2"));
    assertEquals("raw <b>", TelegramMarkup.plainText("raw <b>", null));
    assertInstanceOf(
        TelegramMarkup.ParseException.class,
        assertThrows(Exception.class, () -> TelegramMarkup.plainText("x", "latex")));
  }
}

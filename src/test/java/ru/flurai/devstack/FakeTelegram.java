package ru.flurai.devstack;

import static ru.flurai.devstack.FakeRequests.JSON;
import static ru.flurai.devstack.FakeRequests.text;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fake Telegram Bot API server on 127.0.0.1 for tests, speaking the real wire format, so the real
 * TelegramBots client ({@code new OkHttpTelegramClient(token, new TelegramUrl("http", "127.0.0.1",
 * port, false))}) and its long polling work against it unchanged.
 *
 * <ul>
 *   <li>{@code POST|GET /bot<token>/<method>} (any case; {@code /bot<token>/test/<method>} too)
 *       with a JSON, form-urlencoded or multipart body: see {@link FakeBotApi} for the methods. A
 *       token other than the configured one gets 401, an unknown method 404.
 *   <li>Scripted faults ({@link FakeFaults}), "down" (the listening socket really closed, then
 *       reopened on the same port), and a record of every call ({@link FakeCall}).
 *   <li>A JSON control API under {@code /_fake/} for tests in another JVM ({@link FakeControl});
 *       in-JVM tests use the public methods here, which do the same.
 * </ul>
 *
 * Threads are daemon threads; waits, queues and records are bounded.
 */
public final class FakeTelegram {
  private static final Logger LOG = Logger.getLogger(FakeTelegram.class.getName());
  static final int MAX_CALLS = 10_000;
  static final int MAX_BODY = 10 << 20;
  static final long MAX_DOWN_MS = 600_000;
  private static final Pattern BOT_PATH = Pattern.compile("/bot([^/]*)/(?:test/)?([^/]*)");
  private static final byte[] NGINX_PAGE =
      ("<html>\r\n<head><title>%1$d %2$s</title></head>\r\n<body>\r\n"
              + "<center><h1>%1$d %2$s</h1></center>\r\n<hr><center>nginx/1.18.0</center>\r\n</body>\r\n</html>\r\n")
          .getBytes(StandardCharsets.US_ASCII);

  /** What to send back; status 0 drops the connection without an answer. */
  private record Answer(int status, String contentType, byte[] body, String outcome) {}

  private final String token;
  private final FakeBotApi api;
  private final FakeFaults faults = new FakeFaults();
  private final Deque<FakeCall> calls = new ArrayDeque<>();
  private final FakeWebhookSender webhookSender = new FakeWebhookSender();
  private long seq;
  private final ThreadPoolExecutor executor;
  private final ScheduledExecutorService scheduler;
  private int port;
  private HttpServer server; // null while down or stopped
  private volatile boolean down;
  private long downUntil;
  private ScheduledFuture<?> reopen;
  private boolean stopped;

  private FakeTelegram(int port, String token) {
    this.port = port;
    this.token = token;
    this.api = new FakeBotApi(token);
    executor =
        new ThreadPoolExecutor(
            64,
            64,
            30,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(1000),
            daemon("fake-telegram-http"),
            (r, pool) -> LOG.warning("fake Telegram overloaded: request dropped"));
    executor.allowCoreThreadTimeOut(true);
    scheduler = Executors.newSingleThreadScheduledExecutor(daemon("fake-telegram-scheduler"));
  }

  /**
   * Starts on 127.0.0.1:{@code port} (0 = a free port) accepting {@code token} (e.g. {@code
   * 123456:ABC}).
   */
  public static FakeTelegram start(int port, String token) throws IOException {
    FakeTelegram fake = new FakeTelegram(port, token);
    try {
      synchronized (fake) {
        fake.bind();
      }
    } catch (IOException | RuntimeException e) {
      fake.stop();
      throw e;
    }
    return fake;
  }

  /** {@code FakeTelegram [port] [token]}: runs until killed; prints the base URL. */
  public static void main(String[] args) throws Exception {
    FakeTelegram fake =
        start(
            args.length > 0 ? Integer.parseInt(args[0]) : 0,
            args.length > 1 ? args[1] : "123456:TEST-TOKEN");
    System.out.println("FAKE TELEGRAM " + fake.baseUrl() + " token " + fake.token);
    new CountDownLatch(1).await();
  }

  public int port() {
    return port;
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + port;
  }

  public String token() {
    return token;
  }

  public synchronized void stop() {
    stopped = true;
    down = false;
    api.close();
    if (reopen != null) {
      reopen.cancel(false);
    }
    if (server != null) {
      server.stop(0);
      server = null;
    }
    scheduler.shutdownNow();
    executor.shutdownNow();
  }

  private void bind() throws IOException {
    HttpServer s =
        HttpServer.create(
            new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), port), 128);
    s.createContext("/", this::handle);
    s.setExecutor(executor);
    s.start();
    server = s;
    port = s.getAddress().getPort();
  }

  // ---- test API (the same things as the control API)

  /** Every recorded call, oldest first (at most {@value #MAX_CALLS}). */
  public List<FakeCall> calls() {
    synchronized (calls) {
      return new ArrayList<>(calls);
    }
  }

  /** Recorded calls of one method (any case). */
  public List<FakeCall> calls(String method) {
    return calls().stream().filter(c -> c.method().equalsIgnoreCase(method)).toList();
  }

  /**
   * Waits until {@code n} calls of {@code method} are recorded or {@code timeout} passes; returns
   * them all.
   */
  public List<FakeCall> awaitCalls(String method, int n, Duration timeout)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (calls) {
      List<FakeCall> found = calls(method);
      while (found.size() < n && System.nanoTime() < deadline) {
        calls.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
        found = calls(method);
      }
      return found;
    }
  }

  /**
   * Adds scripted faults: one JSON object, an array, or {@code {"faults":[…]}} (see {@link
   * FakeFaults}).
   */
  public int faults(String json) throws JsonProcessingException {
    return faults.add(JSON.readTree(json));
  }

  public void clearFaults() {
    faults.clear();
  }

  /**
   * Queues an Update (JSON object or array) for getUpdates, or POSTs it to the webhook when one is
   * set.
   */
  public ArrayNode enqueueUpdate(String json) throws JsonProcessingException {
    return enqueue(JSON.readTree(json));
  }

  /**
   * The last setWebhook (url, secret_token, …; url "" when none), set_count and the webhook
   * deliveries.
   */
  public ObjectNode webhook() {
    ObjectNode w = api.webhook();
    w.set("deliveries", webhookSender.deliveries());
    return w;
  }

  /**
   * getUpdates calls: count, by caller, conflicts (a poll arrived while another was waiting),
   * waiting.
   */
  public ObjectNode polls() {
    return api.polls();
  }

  public long pollCount() {
    return api.pollCount();
  }

  /** Longest a getUpdates waits for updates (default 2 s, whatever the client's timeout). */
  public void pollCap(Duration cap) {
    api.pollCap(cap.toMillis());
  }

  /** Forgets calls, faults, messages, webhook, pending updates and poll counts. */
  public void reset() {
    faults.clear();
    api.reset();
    synchronized (calls) {
      calls.clear();
    }
    webhookSender.clear();
  }

  /**
   * Stops accepting connections for {@code duration}: the listening socket and open connections are
   * closed (clients get "connection refused"), then the server listens again on the same port.
   * Returns once it is closed.
   */
  public void down(Duration duration) {
    long ms = Math.max(0, Math.min(duration.toMillis(), MAX_DOWN_MS));
    HttpServer closing;
    synchronized (this) {
      if (stopped) {
        return;
      }
      down = true;
      downUntil = System.currentTimeMillis() + ms;
      closing = server;
      server = null;
      if (reopen != null) {
        reopen.cancel(false);
      }
      reopen = scheduler.schedule(this::reopen, ms, TimeUnit.MILLISECONDS);
    }
    if (closing != null) {
      closing.stop(0);
    }
    LOG.info("fake Telegram down for " + ms + " ms");
  }

  public boolean isDown() {
    return down;
  }

  private synchronized void reopen() {
    if (stopped || server != null) {
      return;
    }
    try {
      bind();
      down = false;
      LOG.info("fake Telegram up again on port " + port);
    } catch (IOException e) {
      if (System.currentTimeMillis() < downUntil + 30_000) {
        reopen =
            scheduler.schedule(
                this::reopen, 100, TimeUnit.MILLISECONDS); // port still in use: retry
      } else {
        LOG.severe("fake Telegram could not listen on port " + port + " again: " + e);
      }
    }
  }

  // ---- HTTP

  private void handle(HttpExchange ex) {
    try {
      String path = ex.getRequestURI().getPath();
      if (path.startsWith("/_fake/")) {
        FakeControl.handle(this, ex, path.substring("/_fake/".length()));
      } else {
        botCall(ex, path);
      }
    } catch (Exception e) {
      LOG.log(Level.FINE, "fake Telegram: request failed", e); // mostly a client that went away
    } finally {
      ex.close();
    }
  }

  private void botCall(HttpExchange ex, String path) throws IOException {
    long ts = System.currentTimeMillis();
    String caller = ex.getRequestHeaders().getFirst("X-Fake-Caller");
    if (caller == null) {
      caller =
          ex.getRemoteAddress().getAddress().getHostAddress()
              + ":"
              + ex.getRemoteAddress().getPort();
    }
    Matcher m = BOT_PATH.matcher(path);
    String canonical = m.matches() ? FakeBotApi.canonical(m.group(2)) : null;
    String method = canonical != null ? canonical : m.matches() ? m.group(2) : path;
    ObjectNode params = JSON.createObjectNode();
    Answer a;
    byte[] body = readBody(ex);
    if (down) {
      a = new Answer(0, null, new byte[0], "dropped (down)");
    } else if (body == null) {
      a = error(413, "Request Entity Too Large", null, "error 413");
    } else {
      try {
        params =
            FakeRequests.params(
                ex.getRequestURI().getRawQuery(),
                ex.getRequestHeaders().getFirst("Content-Type"),
                body);
        if (!m.matches()) {
          a = error(404, "Not Found", null, null);
        } else if (!m.group(1).equals(token)) {
          a = error(401, "Unauthorized", null, null);
        } else if (canonical == null) {
          a = error(404, "Not Found: method not found", null, null);
        } else {
          a = invoke(canonical, params, caller);
        }
      } catch (FakeRequests.BadRequest e) {
        a = error(400, e.getMessage(), null, null);
      }
    }
    record(ts, method, caller, params, a);
    send(ex, a);
  }

  private Answer invoke(String method, ObjectNode params, String caller) {
    FakeFaults.Fault fault = faults.next(method, text(params, "chat_id"));
    String prefix = "";
    try {
      if (fault != null) {
        Thread.sleep(fault.delayMillis);
        if (fault.status != 0) {
          if (fault.html()) {
            String reason =
                fault.status == 502
                    ? "Bad Gateway"
                    : fault.status == 503 ? "Service Temporarily Unavailable" : "Gateway Time-out";
            return new Answer(
                fault.status,
                "text/html",
                String.format(
                        new String(NGINX_PAGE, StandardCharsets.US_ASCII), fault.status, reason)
                    .getBytes(StandardCharsets.US_ASCII),
                fault.label());
          }
          return error(
              fault.status,
              fault.description != null ? fault.description : "Error " + fault.status,
              fault.status == 429 ? fault.retryAfter : null,
              fault.label());
        }
        prefix = fault.label().replaceFirst("ok$", "");
      }
      FakeBotApi.Ok ok = api.call(method, params, caller);
      ObjectNode o = JSON.createObjectNode().put("ok", true);
      o.set("result", ok.result());
      if (ok.description() != null) {
        o.put("description", ok.description());
      }
      return new Answer(200, "application/json", JSON.writeValueAsBytes(o), prefix + "ok");
    } catch (FakeBotApi.ApiError e) {
      return error(
          e.code, e.getMessage(), null, prefix + "error " + e.code + ": " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Answer(0, null, new byte[0], "dropped (stopping)");
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Answer error(int code, String description, Integer retryAfter, String outcome) {
    ObjectNode o =
        JSON.createObjectNode()
            .put("ok", false)
            .put("error_code", code)
            .put("description", description);
    if (retryAfter != null) {
      o.putObject("parameters").put("retry_after", retryAfter);
    }
    return new Answer(
        code,
        "application/json",
        o.toString().getBytes(StandardCharsets.UTF_8),
        outcome != null ? outcome : "error " + code + ": " + description);
  }

  private void record(long ts, String method, String caller, ObjectNode p, Answer a) {
    synchronized (calls) {
      calls.add(
          new FakeCall(
              ++seq,
              ts,
              method,
              caller,
              text(p, "chat_id"),
              text(p, "text"),
              text(p, "parse_mode"),
              p.get("entities"),
              p.get("reply_markup"),
              p,
              a.status(),
              a.outcome()));
      if (calls.size() > MAX_CALLS) {
        calls.poll();
      }
      calls.notifyAll();
    }
  }

  private static void send(HttpExchange ex, Answer a) throws IOException {
    if (a.status() == 0) {
      return; // closed without an answer
    }
    ex.getResponseHeaders().set("Content-Type", a.contentType());
    ex.getResponseHeaders().set("Server", "nginx/1.18.0");
    ex.sendResponseHeaders(a.status(), a.body().length == 0 ? -1 : a.body().length);
    ex.getResponseBody().write(a.body());
  }

  static void sendJson(HttpExchange ex, int status, JsonNode body) throws IOException {
    send(ex, new Answer(status, "application/json", JSON.writeValueAsBytes(body), null));
  }

  /** The request body, or null when it is larger than {@value #MAX_BODY} bytes. */
  static byte[] readBody(HttpExchange ex) throws IOException {
    try (InputStream in = ex.getRequestBody()) {
      byte[] body = in.readNBytes(MAX_BODY + 1);
      return body.length > MAX_BODY ? null : body;
    }
  }

  /**
   * Queues updates (an Update or an array), or POSTs them to the webhook when one is set; one
   * answer each.
   */
  ArrayNode enqueue(JsonNode updates) {
    if (updates == null || updates.isMissingNode()) {
      throw new IllegalArgumentException("POST an Update JSON object or an array of them");
    }
    ArrayNode out = JSON.createArrayNode();
    for (JsonNode u : updates.isArray() ? updates : JSON.createArrayNode().add(updates)) {
      ObjectNode queued = api.enqueue(u);
      ObjectNode r = out.addObject().put("update_id", queued.get("update_id").asLong());
      String url = api.webhookUrl();
      if (url.isEmpty()) {
        r.put("queued", true);
      } else {
        r.put("webhook_status", webhookSender.deliver(api, url, api.webhookSecret(), queued));
      }
    }
    return out;
  }

  FakeBotApi api() {
    return api;
  }

  FakeFaults faultQueue() {
    return faults;
  }

  /**
   * Requests arriving from now on are dropped (the control API calls this just before answering
   * "down").
   */
  void dropRequests() {
    down = true;
  }

  private static ThreadFactory daemon(String name) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, name + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }

  @Override
  public String toString() {
    return "FakeTelegram[" + baseUrl() + "]";
  }
}

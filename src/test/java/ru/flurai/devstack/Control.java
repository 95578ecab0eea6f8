package ru.flurai.devstack;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;

/**
 * Loopback endpoint through which integration tests inject faults: {@code POST /redis/stop}, {@code
 * /redis/start}.
 */
final class Control {
  private final RedisProcess redis;
  private HttpServer server;

  Control(RedisProcess redis) {
    this.redis = redis;
  }

  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(
        Executors.newSingleThreadExecutor(
            r -> {
              Thread t = new Thread(r, "stack-control");
              t.setDaemon(true);
              return t;
            }));
    server.createContext("/redis/stop", ex -> answer(ex, () -> redis.stop()));
    server.createContext("/redis/start", ex -> answer(ex, redis::start));
    server.start();
  }

  int port() {
    return server.getAddress().getPort();
  }

  void stop() {
    if (server != null) {
      server.stop(0);
    }
  }

  private interface Action {
    void run() throws IOException;
  }

  private static void answer(HttpExchange ex, Action action) throws IOException {
    int status = 200;
    String body = "{\"status\":\"ok\"}";
    try {
      action.run();
    } catch (IOException | RuntimeException e) {
      status = 500;
      body = "{\"detail\":\"" + e.getMessage() + "\"}";
    }
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    ex.sendResponseHeaders(status, bytes.length);
    ex.getResponseBody().write(bytes);
    ex.close();
  }
}

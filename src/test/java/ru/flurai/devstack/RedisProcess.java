package ru.flurai.devstack;

import java.io.IOException;
import redis.embedded.RedisServer;

/** A real redis-server on loopback that tests can stop and start again on the same port. */
final class RedisProcess {
  private final int port;
  private RedisServer server;

  RedisProcess(int port) {
    this.port = port;
  }

  int port() {
    return port;
  }

  synchronized void start() throws IOException {
    if (server == null) {
      server =
          RedisServer.newRedisServer()
              .port(port)
              .bind("127.0.0.1")
              .setting("save \"\"")
              .setting("appendonly no")
              .build();
      server.start();
    }
  }

  synchronized void stop() {
    if (server != null) {
      try {
        server.stop();
      } catch (IOException e) {
        // already gone
      }
      server = null;
    }
  }

  synchronized boolean running() {
    return server != null;
  }
}

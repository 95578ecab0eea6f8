package ru.flurai.devstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/**
 * The build's own stack for {@code mvn verify} ({@code test <include> <properties>},
 * pre-integration-test): a throw-away PostgreSQL, a real Redis, the fake Telegram and a control
 * endpoint that lets integration tests stop and start Redis, each on a free port. It runs through
 * the dev launcher ({@link Stack#launch}, {@code src/dev}); the properties file tells the tests
 * ({@code ru.flurai.it.Stack}) where everything is.
 */
public final class TestStack {
  public static void main(String[] args) throws Exception {
    Stack.launch(
        TestStack.class,
        args,
        (modeArgs, vars, props, features) -> {
          start(Path.of(args[2]).getParent(), vars, props);
          // The test server only: Arquillian deploys the in-container tests through the local JMX
          // connector.
          // server.xml includes this file with onConflict="replace", so its featureManager lists
          // server.xml's too.
          features.addAll(Stack.features(Path.of(modeArgs.get(0))));
          features.add("localConnector-1.0");
        });
  }

  private static void start(Path dir, Map<String, String> vars, Properties props) throws Exception {
    EmbeddedPostgres pg = Stack.startPostgres(dir.resolve("postgres"), true);
    Stack.putDatabase(vars, pg);
    RedisProcess redis = new RedisProcess(Stack.freePort());
    redis.start();
    Control control = new Control(redis);
    control.start();
    FakeTelegram telegram = FakeTelegram.start(Stack.freePort(), TestSecrets.BOT_TOKEN);
    vars.put("TELEGRAM_API_URL", telegram.baseUrl());
    props.setProperty("telegram.port", Integer.toString(telegram.port()));
    FakeYooKassa yookassa = FakeYooKassa.start(Stack.freePort());
    vars.put("YOOKASSA_API_URL", yookassa.baseUrl());
    vars.put("YOOKASSA_SHOP_ID", FakeYooKassa.SHOP_ID);
    vars.put("YOOKASSA_SECRET_KEY", FakeYooKassa.SECRET_KEY);
    props.setProperty("yookassa.port", Integer.toString(yookassa.port()));
    FakeDadata dadata = FakeDadata.start(Stack.freePort(), TestSecrets.DADATA_KEY);
    vars.put("DADATA_API_URL", dadata.baseUrl());
    int http = Stack.freePort();
    vars.put("HTTP_PORT", Integer.toString(http));
    int https = Stack.freePort();
    vars.put("HTTPS_PORT", Integer.toString(https));
    vars.put("HTTP_HOST", "127.0.0.1");
    vars.put("ALLOWED_ORIGINS", "https://app.flurai.test,https://admin.flurai.test");
    vars.putAll(TestSecrets.SETTINGS);
    vars.put("REDIS_HOST", "127.0.0.1");
    vars.put("REDIS_PORT", Integer.toString(redis.port()));
    props.setProperty("http.port", Integer.toString(http));
    props.setProperty("https.port", Integer.toString(https));
    props.setProperty("pg.port", Integer.toString(pg.getPort()));
    props.setProperty("redis.port", Integer.toString(redis.port()));
    props.setProperty("control.port", Integer.toString(control.port()));
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  control.stop();
                  telegram.stop();
                  yookassa.stop();
                  dadata.stop();
                  redis.stop();
                }));
  }

  private TestStack() {}
}

package ru.flurai.it.payment;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static ru.flurai.it.payment.PaymentFixtures.create;
import static ru.flurai.it.payment.PaymentFixtures.json;
import static ru.flurai.it.payment.PaymentFixtures.onlineShop;
import static ru.flurai.it.payment.PaymentFixtures.order;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import ru.flurai.it.Fixtures;
import ru.flurai.it.ServerTest;
import ru.flurai.it.Stack;
import ru.flurai.it.payment.PaymentFixtures.Placed;

/**
 * The YooKassa client under faults: a 5xx or a slow answer is retried with the same Idempotence-Key
 * (one payment at YooKassa), a 401 is not retried and the buyer gets a readable 503.
 */
public class YooKassaFaultsIT extends ServerTest {
  @AfterEach
  public void noFaultsLeft() {
    Stack.yookassa("POST", "reset", null);
  }

  private static List<JsonNode> creates() {
    List<JsonNode> out = new ArrayList<>();
    json(Stack.yookassa("GET", "calls", null))
        .forEach(
            c -> {
              if (c.get("method").asText().equals("POST")
                  && c.get("path").asText().equals("/v3/payments")) {
                out.add(c);
              }
            });
    return out;
  }

  @Test
  public void aServerErrorIsRetriedWithTheSameKey() throws Exception {
    Placed p = order(onlineShop(), true);
    Stack.yookassa("POST", "reset", null);
    Stack.yookassa("POST", "faults", "{\"status\":503,\"count\":1}");
    String id = create(p).then().statusCode(200).extract().path("payment_id");
    List<JsonNode> calls = creates();
    assertEquals(2, calls.size());
    assertEquals(calls.get(0).get("key").asText(), calls.get(1).get("key").asText());
    assertEquals(1, Fixtures.count("select count(*) from payments where yookassa_id = ?", id));
  }

  @Test
  public void aSlowAnswerIsRetriedWithTheSameKey() throws Exception {
    Placed p = order(onlineShop(), true);
    Stack.yookassa("POST", "reset", null);
    Stack.yookassa("POST", "faults", "{\"delay_ms\":12000,\"count\":1}");
    create(p).then().statusCode(200);
    List<JsonNode> calls = creates();
    assertEquals(2, calls.size());
    assertEquals(calls.get(0).get("key").asText(), calls.get(1).get("key").asText());
  }

  @Test
  public void refusedCredentialsAreNotRetried() throws Exception {
    Placed p = order(onlineShop(), true);
    Stack.yookassa("POST", "reset", null);
    Stack.yookassa("POST", "faults", "{\"status\":401,\"count\":3}");
    create(p)
        .then()
        .statusCode(503)
        .body("detail", equalTo("Не удалось создать платёж, попробуйте позже"));
    assertEquals(1, creates().size());
    assertEquals(
        1,
        Fixtures.count(
            "select count(*) from payments where order_id = ? and status = 'failed'", p.orderId()));
    Stack.yookassa("POST", "reset", null);
    // the next try is a new attempt with a new key
    create(p).then().statusCode(200);
    List<JsonNode> calls = creates();
    assertEquals(1, calls.size());
    assertEquals(
        1,
        Fixtures.count(
            "select count(*) from payments where order_id = ? and current and status = 'pending'",
            p.orderId()));
    assertNotEquals(0, calls.get(0).get("key").asText().length());
  }
}

package ru.flurai.it.platform;

import static org.hamcrest.Matchers.equalTo;
import static ru.flurai.it.Stack.api;

import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import ru.flurai.it.AdminApi;
import ru.flurai.it.Fixtures;
import ru.flurai.it.ServerTest;

/**
 * Request bodies validated at the edge (Bean Validation on {@code @Valid} records, rendered by
 * {@code ViolationMapper}): an absent body and an object without the required field are each one
 * 400 {@code {"detail": ...}} with the text API.md's clients know (a body that is not a JSON
 * object, {@code null} included, is refused before, by the body reader: HostileInputIT).
 */
public class RequestBodiesIT extends ServerTest {
  private static final List<String> MISSING = List.of("");

  private static void refused(
      Supplier<RequestSpecification> as,
      String method,
      String path,
      List<String> bodies,
      String detail) {
    for (String body : bodies) {
      RequestSpecification r = as.get().contentType("application/json");
      if (!body.isEmpty()) {
        r = r.body(body);
      }
      r.request(method, path)
          .then()
          .statusCode(400)
          .contentType("application/json")
          .body("detail", equalTo(detail));
    }
  }

  @Test
  public void favouritesNeedTheirId() {
    long buyer = Fixtures.newTelegramId();
    Supplier<RequestSpecification> as =
        () -> api().header("X-Telegram-Init-Data", Fixtures.initData(buyer));
    List<String> bodies = List.of("", "{}", "{\"seller_id\":null}");
    refused(as, "POST", "/buyers/me/favorite-sellers", bodies, "Укажите seller_id");
    refused(
        as,
        "POST",
        "/buyers/me/favorite-products",
        List.of("", "{}", "{\"product_id\":null}"),
        "Укажите product_id");
  }

  @Test
  public void sellerCredentialsNeedABody() {
    refused(
        () -> Fixtures.from(Fixtures.freshIp()),
        "POST",
        "/seller-web/login",
        MISSING,
        "Укажите логин и пароль");
    String token = Fixtures.sellerToken(Fixtures.seller());
    refused(
        () -> api().header("X-Seller-Token", token),
        "PUT",
        "/seller-web/security/change-credentials",
        MISSING,
        "Укажите текущие и новые учётные данные");
  }

  @Test
  public void anAdminFieldUpdateNeedsABody() {
    refused(
        AdminApi::admin,
        "PUT",
        "/admin/sellers/" + Fixtures.newTelegramId() + "/update",
        MISSING,
        "Нужны field и value");
  }
}

package ru.flurai.telegram;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import org.telegram.telegrambots.meta.api.objects.Update;
import ru.flurai.platform.config.FluraiConfig;
import ru.flurai.platform.http.ApiException;

/**
 * Telegram's webhook: only requests carrying our secret token are believed (PRODUCT.md §4). 200
 * means the update is handled (or was before); 503 means it failed and nothing of it was kept, so
 * Telegram delivers it again.
 */
@Path("/telegram/webhook")
public class WebhookResource {
  private static final ObjectMapper JSON =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  @Inject FluraiConfig config;
  @Inject UpdateHandler handler;

  @POST
  @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
  @Produces(MediaType.APPLICATION_JSON)
  public Map<String, Boolean> update(
      @HeaderParam("X-Telegram-Bot-Api-Secret-Token") String secret, String body) {
    String expected = config.telegramWebhookSecret().orElse(null);
    if (expected == null
        || secret == null
        || !MessageDigest.isEqual(
            expected.getBytes(StandardCharsets.UTF_8), secret.getBytes(StandardCharsets.UTF_8))) {
      throw new ApiException(401, "Invalid webhook secret");
    }
    Update update;
    try {
      update = JSON.readValue(body == null ? "" : body, Update.class);
    } catch (Exception e) {
      throw ApiException.badRequest("Некорректное обновление Telegram");
    }
    if (handler.handle(update, "webhook") == UpdateHandler.Outcome.RETRY) {
      // not 2xx, so Telegram delivers the update again; nothing of it was kept
      throw new ApiException(503, "Обновление не обработано, Telegram доставит его ещё раз");
    }
    return Map.of("ok", true);
  }
}

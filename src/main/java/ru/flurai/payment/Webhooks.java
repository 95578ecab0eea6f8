package ru.flurai.payment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.regex.Pattern;
import ru.flurai.payment.yookassa.YooKassaNetworks;
import ru.flurai.platform.domain.Forbidden;
import ru.flurai.platform.domain.Invalid;

/**
 * YooKassa's HTTP notifications ({@code {"type":"notification","event":"payment.succeeded",
 * "object":{…}}}). They carry no signature, so a notification is accepted only from YooKassa's
 * published networks (the client address after the trusted-proxy rule), and even then only the
 * payment id is taken from it: the row written here is worked off by the payment job, which reads
 * the payment back from the API and believes only that. The request itself stays quick.
 */
@ApplicationScoped
public class Webhooks {
  static final String NOT_YOOKASSA = "Уведомление принимается только от ЮKassa";
  static final String BAD_BODY = "Ожидается уведомление ЮKassa";
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9-]{1,64}");
  private static final Pattern EVENT = Pattern.compile("[a-z_]{1,30}\\.[a-z_]{1,30}");

  @PersistenceContext(unitName = "primary")
  EntityManager db;

  @Inject PaymentMetrics metrics;

  @Transactional
  public void receive(String clientAddress, JsonObject body) {
    if (!YooKassaNetworks.contains(clientAddress)) {
      metrics.count("webhook_refused");
      throw new Forbidden(NOT_YOOKASSA);
    }
    if (body == null
        || !(body.get("type") instanceof JsonString type)
        || !type.getString().equals("notification")
        || !(body.get("event") instanceof JsonString event)
        || !EVENT.matcher(event.getString()).matches()
        || !(body.get("object") instanceof JsonObject object)
        || !(object.get("id") instanceof JsonString id)
        || !ID.matcher(id.getString()).matches()) {
      throw new Invalid(BAD_BODY);
    }
    if (!event.getString().startsWith("payment.")) {
      return; // refund.succeeded and others: our refunds are tracked by the job's own calls
    }
    db.createNativeQuery("insert into payment_notifications (yookassa_id, event) values (?1, ?2)")
        .setParameter(1, id.getString())
        .setParameter(2, event.getString())
        .executeUpdate();
  }
}

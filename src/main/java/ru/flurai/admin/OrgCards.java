package ru.flurai.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import ru.flurai.delivery.address.Organisations;
import ru.flurai.platform.config.FluraiConfig;
import ru.flurai.platform.domain.Invalid;
import ru.flurai.platform.domain.NotFound;

/**
 * The organisation card by INN or OGRN (LATER.md §8.1): DaData's first organisation, refused when
 * it is not active or of another kind, 404 with the panel's text when DaData has none; when DaData
 * cannot be asked (no key, an outage, a timeout), the card built from the identifier ({@link
 * OrgCard#of}), so seller creation still works.
 */
@ApplicationScoped
public class OrgCards {
  static final String NOT_FOUND = "Организация с таким идентификатором не найдена";
  static final String INN_NOT_FOUND = "Организация с таким ИНН не найдена";

  @Inject Organisations organisations;
  @Inject FluraiConfig config;

  public OrgCard byIdentifier(String identifier) {
    OrgCard stub = OrgCard.of(identifier);
    return lookUp(identifier.strip(), stub, NOT_FOUND);
  }

  public OrgCard byInn(String inn) {
    OrgCard stub = OrgCard.ofInn(inn);
    return lookUp(inn.strip(), stub, INN_NOT_FOUND);
  }

  private OrgCard lookUp(String digits, OrgCard stub, String notFound) {
    Organisations.Lookup found = organisations.find(digits);
    if (!found.asked()) {
      return stub;
    }
    JsonObject d = found.data().orElseThrow(() -> new NotFound(notFound));
    return card(d);
  }

  OrgCard card(JsonObject d) {
    JsonObject name = object(d, "name");
    JsonObject state = object(d, "state");
    String status = text(state, "status");
    if (status != null && !"ACTIVE".equals(status)) {
      throw new Invalid("Организация неактивна или ликвидирована (статус: " + status + ")");
    }
    String type = text(d, "type");
    if (!"LEGAL".equals(type) && !"INDIVIDUAL".equals(type)) {
      throw new Invalid("Неверный тип организации: " + type);
    }
    String okved = text(d, "okved");
    List<String> okveds = okveds(d.get("okveds"));
    List<String> all = new ArrayList<>(okveds);
    Optional.ofNullable(okved).ifPresent(all::add);
    return new OrgCard(
        text(d, "inn"),
        text(d, "kpp"),
        text(d, "ogrn"),
        first(text(name, "full_with_opf"), text(name, "short_with_opf"), text(name, "full"), ""),
        first(text(name, "short"), ""),
        type,
        first(text(object(d, "address"), "value"), ""),
        management(d),
        new OrgCard.State(status, millis(state, "actuality_date")),
        okved,
        okveds.isEmpty() ? null : okveds,
        text(d, "okved_type"),
        date(millis(state, "registration_date")),
        new OrgCard.OkvedMatch(
            all.stream().anyMatch(c -> matches(c, "47.76")),
            all.stream().anyMatch(c -> matches(c, "47.91")),
            okved == null ? "" : okved));
  }

  private String date(Long millis) {
    return millis == null
        ? null
        : DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(
            Instant.ofEpochMilli(millis).atZone(config.shopTimezone()).toLocalDateTime());
  }

  /** The manager's name; for a sole trader the person's name. */
  private static String management(JsonObject d) {
    String manager = text(object(d, "management"), "name");
    if (manager != null) {
      return manager;
    }
    JsonObject fio = object(d, "fio");
    String person =
        String.join(
                " ",
                Optional.ofNullable(text(fio, "surname")).orElse(""),
                Optional.ofNullable(text(fio, "name")).orElse(""),
                Optional.ofNullable(text(fio, "patronymic")).orElse(""))
            .strip()
            .replaceAll("\\s+", " ");
    return person.isEmpty() ? null : person;
  }

  /** DaData's {@code okveds}: objects with a {@code code} (or plain codes) → the codes. */
  private static List<String> okveds(JsonValue v) {
    List<String> codes = new ArrayList<>();
    if (v != null && v.getValueType() == JsonValue.ValueType.ARRAY) {
      for (JsonValue item : v.asJsonArray()) {
        String code =
            item instanceof JsonObject o
                ? text(o, "code")
                : item instanceof JsonString s ? s.getString() : null;
        if (code != null && !codes.contains(code)) {
          codes.add(code);
        }
      }
    }
    return codes;
  }

  static boolean matches(String code, String wanted) {
    return code.equals(wanted) || code.startsWith(wanted + ".");
  }

  private static JsonObject object(JsonObject o, String key) {
    JsonValue v = o.get(key);
    return v != null && v.getValueType() == JsonValue.ValueType.OBJECT
        ? v.asJsonObject()
        : JsonValue.EMPTY_JSON_OBJECT;
  }

  private static String text(JsonObject o, String key) {
    return o.get(key) instanceof JsonString s && !s.getString().isBlank() ? s.getString() : null;
  }

  private static Long millis(JsonObject o, String key) {
    return o.get(key) instanceof JsonNumber n ? n.longValue() : null;
  }

  private static String first(String... values) {
    for (String v : values) {
      if (v != null) {
        return v;
      }
    }
    return null;
  }
}

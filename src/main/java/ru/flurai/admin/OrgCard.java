package ru.flurai.admin;

import jakarta.json.bind.annotation.JsonbProperty;
import java.util.List;
import ru.flurai.platform.domain.Invalid;

/**
 * {@code /admin/org/{identifier}}'s organisation card (API.md §7, LATER.md §8.1): from DaData
 * ({@link OrgCards}), or, without DaData, built from the identifier alone, since the creation
 * wizard refuses to continue without a successful answer (API.md §10.13): a valid INN (10/12
 * digits) or OGRN (13/15) gets a card with an empty name for the admin to type. 10 and 13 digits
 * are companies, 12 and 15 sole traders.
 */
public record OrgCard(
    String inn,
    String kpp,
    String ogrn,
    String name,
    String shortName,
    String type,
    String address,
    String management,
    State state,
    String okved,
    List<String> okveds,
    String okvedType,
    String registrationDate,
    OkvedMatch okvedMatch) {

  public record State(String status, Long actualityDate) {}

  /**
   * Whether the organisation's activity codes include florist retail (47.76) or mail order (47.91).
   */
  public record OkvedMatch(
      @JsonbProperty("matches_47_76") boolean matches4776,
      @JsonbProperty("matches_47_91") boolean matches4791,
      String mainOkved) {}

  static OrgCard of(String identifier) {
    String id = identifier == null ? "" : identifier.strip();
    if (!id.matches("\\d{10}|\\d{12}|\\d{13}|\\d{15}")) {
      throw new Invalid("Укажите ИНН (10 или 12 цифр) или ОГРН (13 или 15 цифр)");
    }
    boolean inn = id.length() <= 12;
    String type = id.length() == 10 || id.length() == 13 ? "LEGAL" : "INDIVIDUAL";
    return new OrgCard(
        inn ? id : null,
        null,
        inn ? null : id,
        "",
        null,
        type,
        "",
        null,
        new State("ACTIVE", null),
        null,
        List.of(),
        null,
        null,
        null);
  }

  static OrgCard ofInn(String inn) {
    if (inn == null || !inn.strip().matches("\\d{10}|\\d{12}")) {
      throw new Invalid("ИНН должен состоять из 10 или 12 цифр");
    }
    return of(inn);
  }
}

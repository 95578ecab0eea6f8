package ru.flurai.admin;

import java.util.List;
import ru.flurai.platform.domain.Invalid;

/**
 * {@code /admin/org/{identifier}} without DaData (LATER): the creation wizard refuses to continue
 * without a successful answer (API.md §10.13), so a valid INN (10/12 digits) or OGRN (13/15) gets a
 * card built from the identifier alone, with an empty name for the admin to type. 10 and 13 digits
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
    Object okvedMatch) {

  public record State(String status, String actualityDate) {}

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

package ru.flurai.devstack;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * The fixed data {@link FakeDadata} answers, shaped as DaData's suggestions ({@code value}, {@code
 * unrestricted_value}, {@code data} with DaData's field names). Moscow (KLADR {@code
 * 7700000000000}) has three addresses in the development directory's districts; the test city
 * {@code 9900000000000} ("Тестовск") has one address in "Центральный", one in "Окраинный" and four
 * metro stations: two in "Центральный", one in "Окраинный", one closed.
 */
final class FakeDadataWorld {
  static final String MOSCOW = "7700000000000";
  static final String TEST_CITY = "9900000000000";
  private static final ObjectMapper JSON = new ObjectMapper();

  private FakeDadataWorld() {}

  private record Address(
      String kladr,
      String city,
      String value,
      String district,
      String house,
      double lat,
      double lon) {}

  private record Station(
      String kladr,
      String name,
      String line,
      String color,
      double lat,
      double lon,
      boolean closed) {}

  private static final List<Address> ADDRESSES =
      List.of(
          new Address(
              MOSCOW, "Москва", "г Москва, ул Тверская, д 1", "Тверской", "1", 55.7576, 37.6136),
          new Address(
              MOSCOW, "Москва", "г Москва, ул Арбат, д 10", "Арбат", "10", 55.7515, 37.5975),
          new Address(
              MOSCOW,
              "Москва",
              "г Москва, Пресненская наб, д 12",
              "Пресненский",
              "12",
              55.7494,
              37.5398),
          new Address(
              TEST_CITY,
              "Тестовск",
              "г Тестовск, ул Ленина, д 5",
              "Центральный",
              "5",
              50.0010,
              30.0010),
          new Address(
              TEST_CITY,
              "Тестовск",
              "г Тестовск, ул Дальняя, д 99",
              "Окраинный",
              "99",
              50.5000,
              30.5000));

  private static final List<Station> STATIONS =
      List.of(
          new Station(TEST_CITY, "Цветочная", "Первая", "FF0000", 50.0012, 30.0011, false),
          new Station(TEST_CITY, "Садовая", "Первая", "FF0000", 50.0014, 30.0013, false),
          new Station(TEST_CITY, "Окраинная", "Вторая", "0000FF", 50.5001, 30.5002, false),
          new Station(TEST_CITY, "Закрытая", "Вторая", "0000FF", 50.0015, 30.0015, true));

  static ArrayNode parties(String query) {
    ArrayNode out = JSON.createArrayNode();
    switch (query.strip()) {
      case "7707083893", "1027700132195" ->
          out.add(
              party(
                  "ПАО СБЕРБАНК",
                  "7707083893",
                  "773601001",
                  "1027700132195",
                  "LEGAL",
                  "ACTIVE",
                  "ПУБЛИЧНОЕ АКЦИОНЕРНОЕ ОБЩЕСТВО \"СБЕРБАНК РОССИИ\"",
                  "ПАО СБЕРБАНК",
                  "СБЕРБАНК РОССИИ",
                  "г Москва, ул Вавилова, д 19",
                  "Греф Герман Оскарович",
                  "64.19",
                  677376000000L));
      case "500100732259" ->
          out.add(
              party(
                  "ИП Иванова Анна Петровна",
                  "500100732259",
                  null,
                  "304500116000157",
                  "INDIVIDUAL",
                  "ACTIVE",
                  "Индивидуальный предприниматель Иванова Анна Петровна",
                  "ИП Иванова Анна Петровна",
                  null,
                  "Московская обл, г Балашиха",
                  null,
                  "47.76",
                  1083283200000L));
      case "7700000001" ->
          out.add(
              party(
                  "ООО \"ЗАКРЫТО\"",
                  "7700000001",
                  "770001001",
                  "1027700000001",
                  "LEGAL",
                  "LIQUIDATED",
                  "ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ \"ЗАКРЫТО\"",
                  "ООО \"ЗАКРЫТО\"",
                  "ЗАКРЫТО",
                  "г Москва",
                  "Петров Пётр Петрович",
                  "47.91",
                  946684800000L));
      default -> {
        // not found: an empty suggestions list, as DaData answers
      }
    }
    return out;
  }

  private static ObjectNode party(
      String value,
      String inn,
      String kpp,
      String ogrn,
      String type,
      String status,
      String fullWithOpf,
      String shortWithOpf,
      String shortName,
      String address,
      String manager,
      String okved,
      long registered) {
    ObjectNode s = JSON.createObjectNode().put("value", value).put("unrestricted_value", value);
    ObjectNode d = s.putObject("data");
    d.put("inn", inn).put("kpp", kpp).put("ogrn", ogrn).put("type", type);
    d.putObject("name")
        .put("full_with_opf", fullWithOpf)
        .put("short_with_opf", shortWithOpf)
        .put("full", fullWithOpf)
        .put("short", shortName);
    d.putObject("state")
        .put("status", status)
        .putNull("code")
        .put("actuality_date", 1700000000000L)
        .put("registration_date", registered)
        .putNull("liquidation_date");
    d.putObject("address").put("value", address).put("unrestricted_value", address);
    if (manager != null) {
      d.putObject("management").put("name", manager).put("post", "ПРЕЗИДЕНТ");
    } else {
      d.putNull("management");
      d.putObject("fio")
          .put("surname", "Иванова")
          .put("name", "Анна")
          .put("patronymic", "Петровна");
    }
    d.put("okved", okved).put("okved_type", "2014");
    ArrayNode okveds = d.putArray("okveds");
    okveds
        .addObject()
        .put("main", true)
        .put("type", "2014")
        .put("code", okved)
        .put("name", "Основной");
    okveds
        .addObject()
        .put("main", false)
        .put("type", "2014")
        .put("code", "47.91")
        .put("name", "Торговля");
    return s;
  }

  static ArrayNode addresses(String kladr, Predicate<String> matches) {
    ArrayNode out = JSON.createArrayNode();
    for (Address a : ADDRESSES) {
      if ((kladr == null || kladr.equals(a.kladr())) && matches.test(a.value())) {
        out.add(address(a));
      }
    }
    return out;
  }

  static ArrayNode near(double lat, double lon) {
    ArrayNode out = JSON.createArrayNode();
    for (Address a : ADDRESSES) {
      if (Math.abs(a.lat() - lat) < 0.01 && Math.abs(a.lon() - lon) < 0.01) {
        out.add(address(a));
      }
    }
    return out;
  }

  static ArrayNode cities(String query) {
    ArrayNode out = JSON.createArrayNode();
    String q = query.toLowerCase(Locale.ROOT).strip();
    for (String[] c :
        List.of(
            new String[] {MOSCOW, "Москва", "г Москва"},
            new String[] {TEST_CITY, "Тестовск", "Тестовская обл"})) {
      if (c[1].toLowerCase(Locale.ROOT).startsWith(q)) {
        ObjectNode s =
            JSON.createObjectNode()
                .put("value", "г " + c[1])
                .put("unrestricted_value", "г " + c[1]);
        s.putObject("data")
            .put("city", c[1])
            .put("city_kladr_id", c[0])
            .put("kladr_id", c[0])
            .put("region_with_type", c[2])
            .put("region", c[2]);
        out.add(s);
      }
    }
    return out;
  }

  static ArrayNode metro(String kladr, String query) {
    ArrayNode out = JSON.createArrayNode();
    for (Station st : STATIONS) {
      if (st.kladr().equals(kladr) && st.name().toLowerCase(Locale.ROOT).startsWith(query)) {
        ObjectNode s =
            JSON.createObjectNode().put("value", st.name()).put("unrestricted_value", st.name());
        s.putObject("data")
            .put("city_kladr_id", st.kladr())
            .put("city", "Тестовск")
            .put("name", st.name())
            .put("line_id", st.line().equals("Первая") ? "1" : "2")
            .put("line_name", st.line())
            .put("geo_lat", st.lat())
            .put("geo_lon", st.lon())
            .put("color", st.color())
            .put("is_closed", st.closed());
        out.add(s);
      }
    }
    return out;
  }

  private static ObjectNode address(Address a) {
    ObjectNode s =
        JSON.createObjectNode().put("value", a.value()).put("unrestricted_value", a.value());
    s.putObject("data")
        .put("postal_code", "101000")
        .put("country", "Россия")
        .put("region", a.city())
        .put("region_with_type", "г " + a.city())
        .put("city", a.city())
        .put("city_kladr_id", a.kladr())
        .putNull("area")
        .put("city_area", "Центральный")
        .put("city_district", a.district())
        .put("city_district_with_type", "р-н " + a.district())
        .put("house", a.house())
        .put("geo_lat", Double.toString(a.lat()))
        .put("geo_lon", Double.toString(a.lon()));
    return s;
  }
}

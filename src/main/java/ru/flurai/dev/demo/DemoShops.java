package ru.flurai.dev.demo;

import java.math.BigDecimal;
import java.util.List;

/**
 * The demo marketplace: four Moscow shops with different delivery options and opening hours, and a
 * few products each. Pure data, so it is unit-tested without a database. Districts and metro
 * stations are named as in the development directory seed ({@code ru/flurai/dev/directories.sql}).
 */
public final class DemoShops {
  /**
   * One documented password for every demo seller (README "Demo data"); it passes the password
   * policy.
   */
  public static final String PASSWORD = "DemoShop2026!";

  static final long FIRST_ID = 7_000_000_001L;

  public record Item(String name, Double qty, String unit) {}

  public record DemoProduct(
      String name,
      String description,
      BigDecimal price,
      int quantity,
      List<Item> composition,
      int photos,
      boolean preorder) {}

  public record DemoShop(
      int number,
      String owner,
      String phone,
      String name,
      String description,
      String hashtags,
      String district,
      String metro,
      int walkMinutes,
      String address,
      String deliveryType,
      BigDecimal deliveryPrice,
      String workingHours,
      int colorFrom,
      int colorTo,
      List<DemoProduct> products) {

    public long sellerId() {
      return FIRST_ID + number - 1;
    }

    public String login() {
      return "demo" + number;
    }

    public char initial() {
      return name.replaceAll("[^\\p{L}]", "").charAt(0);
    }
  }

  private DemoShops() {}

  private static final String EVERY_DAY_9_21 = week("09:00", "21:00", "09:00", "21:00");
  private static final String EVERY_DAY_8_22 = week("08:00", "22:00", "08:00", "22:00");
  private static final String WORKDAYS_10_20 = week("10:00", "20:00", null, null);
  private static final String LONG_WEEKENDS = week("10:00", "20:00", "11:00", "18:00");

  public static List<DemoShop> all() {
    return List.of(
        new DemoShop(
            1,
            "Анна Пионова",
            "79990000001",
            "Пионовая мастерская",
            "Авторские букеты из пионов и сезонных цветов. Соберём за час.",
            "пионы, авторские букеты, подарки",
            "Арбат",
            "Арбатская",
            5,
            "ул. Арбат, 10",
            "both",
            money(350),
            EVERY_DAY_9_21,
            0xF7C6D9,
            0xC2185B,
            List.of(
                product(
                    "Букет из 15 пионов",
                    "Пышные розовые пионы с эвкалиптом",
                    6500,
                    5,
                    2,
                    item("Пион", 15, "шт."),
                    item("Эвкалипт", 3, "шт."),
                    item("Лента атласная", 1, "м")),
                product(
                    "Нежность",
                    "Кустовые розы, пионы и маттиола в пастельных тонах",
                    3200,
                    8,
                    1,
                    item("Пион", 5, "шт."),
                    item("Роза кустовая", 3, "шт."),
                    item("Маттиола", 4, "шт.")),
                product(
                    "Пионы в коробке",
                    "Шляпная коробка с пионами и зеленью",
                    7800,
                    3,
                    1,
                    item("Пион", 21, "шт."),
                    item("Коробка шляпная", 1, "шт.")),
                product(
                    "Мини-букет",
                    "Маленький комплимент на каждый день",
                    1500,
                    12,
                    1,
                    item("Пион", 3, "шт."),
                    item("Упаковка крафт", 1, "упак.")),
                preorder(
                    product(
                        "Пионы к празднику",
                        "Предзаказ: 25 пионов сорта Сара Бернар к выбранной дате",
                        9500,
                        20,
                        1,
                        item("Пион", 25, "шт."),
                        item("Лента атласная", 1, "м"))),
                preorder(
                    product(
                        "Корзина весенних цветов",
                        "Предзаказ: корзина тюльпанов и пионов, соберём к вашей дате",
                        12000,
                        10,
                        1,
                        item("Тюльпан", 25, "шт."),
                        item("Пион", 9, "шт."),
                        item("Корзина", 1, "шт."))),
                product("Открытка ручной работы", "Подпишем за вас", 250, 30, 1))),
        new DemoShop(
            2,
            "Борис Розанов",
            "79990000002",
            "Розы у Курской",
            "Свежие эквадорские розы каждый день. Только самовывоз у метро.",
            "розы, недорого",
            "Басманный",
            "Курская",
            3,
            "ул. Земляной Вал, 29",
            "самовывоз",
            money(0),
            EVERY_DAY_8_22,
            0xFFCDD2,
            0xB71C1C,
            List.of(
                product(
                    "51 красная роза",
                    "Классика: эквадорская роза 60 см",
                    8900,
                    4,
                    2,
                    item("Роза красная 60 см", 51, "шт.")),
                product(
                    "25 белых роз",
                    "Белые розы с лентой",
                    4900,
                    6,
                    1,
                    item("Роза белая 60 см", 25, "шт.")),
                product(
                    "Розы в шляпной коробке",
                    "Розы и гипсофила",
                    5600,
                    5,
                    1,
                    item("Роза", 15, "шт."),
                    item("Гипсофила", 0.5, "упак.")),
                product(
                    "Роза поштучно", "Любой цвет в наличии", 190, 100, 1, item("Роза", 1, "шт.")))),
        new DemoShop(
            3,
            "Вера Зеленина",
            "79990000003",
            "Зелёная лавка",
            "Комнатные растения, суккуленты и полевые букеты с доставкой по центру.",
            "растения, суккуленты",
            "Хамовники",
            "Парк культуры",
            7,
            "Комсомольский пр-т, 7",
            "доставка",
            money(490),
            WORKDAYS_10_20,
            0xC8E6C9,
            0x2E7D32,
            List.of(
                product(
                    "Суккулент в горшке",
                    "Эхеверия в керамическом горшке",
                    890,
                    20,
                    1,
                    item("Эхеверия", 1, "шт."),
                    item("Грунт", 300, "г")),
                product(
                    "Монстера", "Высота 60 см, с кашпо", 3400, 4, 2, item("Монстера", 1, "шт.")),
                product(
                    "Букет полевых цветов",
                    "Ромашки, васильки и злаки",
                    2100,
                    7,
                    1,
                    item("Ромашка", 9, "шт."),
                    item("Василёк", 7, "шт."),
                    item("Злаки", null, null)),
                product(
                    "Лаванда в кашпо",
                    "Ароматная лаванда для балкона",
                    1200,
                    10,
                    1,
                    item("Лаванда", 1, "шт.")),
                product(
                    "Эвкалипт, пучок",
                    "Для интерьера и букетов",
                    600,
                    15,
                    1,
                    item("Эвкалипт", 200, "г")))),
        new DemoShop(
            4,
            "Глеб Тюльпанов",
            "79990000004",
            "Тюльпаны и Ко",
            "Тюльпаны, ирисы и весенние букеты. Доставка и самовывоз.",
            "тюльпаны, весна",
            "Тверской",
            "Пушкинская",
            4,
            "Тверская ул., 18",
            "доставка и самовывоз",
            money(300),
            LONG_WEEKENDS,
            0xFFF59D,
            0xF57F17,
            List.of(
                product(
                    "Тюльпаны микс, 25 шт.",
                    "Разноцветные тюльпаны",
                    2900,
                    10,
                    2,
                    item("Тюльпан", 25, "шт.")),
                product(
                    "Тюльпаны белые, 51 шт.",
                    "Большой белый букет",
                    5200,
                    3,
                    1,
                    item("Тюльпан белый", 51, "шт.")),
                product(
                    "Весенний букет",
                    "Тюльпаны, ирисы и мимоза",
                    2400,
                    6,
                    1,
                    item("Тюльпан", 7, "шт."),
                    item("Ирис", 5, "шт."),
                    item("Мимоза", 2, "шт.")),
                product("Ирисы", "Синие ирисы, 15 шт.", 1800, 8, 1, item("Ирис", 15, "шт.")))));
  }

  private static DemoProduct product(
      String name, String description, int price, int quantity, int photos, Item... composition) {
    return new DemoProduct(
        name, description, money(price), quantity, List.of(composition), photos, false);
  }

  /** The same product sold by preorder (LATER.md §2.4). */
  private static DemoProduct preorder(DemoProduct p) {
    return new DemoProduct(
        p.name(), p.description(), p.price(), p.quantity(), p.composition(), p.photos(), true);
  }

  /**
   * The demo shop that takes preorders (PRODUCT.md §8.3): weekly on Saturdays, at least 2 days
   * ahead, at most 20 orders a date, 10% off when booked 7 or more days ahead.
   */
  static final String PREORDER_SETTINGS =
      "update sellers set preorder_enabled = true, preorder_schedule_type = 'weekly',"
          + " preorder_weekday = 5, preorder_min_lead_days = 2, preorder_max_per_date = 20,"
          + " preorder_discount_percent = 10, preorder_discount_min_days = 7 where seller_id = ?";

  private static Item item(String name, Number qty, String unit) {
    return new Item(name, qty == null ? null : qty.doubleValue(), unit);
  }

  private static BigDecimal money(int roubles) {
    return BigDecimal.valueOf(roubles);
  }

  /** Working hours (API.md §0.7): Monday–Friday, then Saturday and Sunday (null = day off). */
  private static String week(String open, String close, String weekendOpen, String weekendClose) {
    StringBuilder json = new StringBuilder("{");
    for (int day = 0; day < 7; day++) {
      boolean weekend = day >= 5;
      String o = weekend ? weekendOpen : open;
      String c = weekend ? weekendClose : close;
      json.append(day == 0 ? "" : ",")
          .append('"')
          .append(day)
          .append("\":")
          .append(o == null ? "null" : "{\"open\":\"" + o + "\",\"close\":\"" + c + "\"}");
    }
    return json.append('}').toString();
  }
}

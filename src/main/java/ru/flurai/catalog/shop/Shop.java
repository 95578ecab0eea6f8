package ru.flurai.catalog.shop;

import jakarta.json.JsonObject;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import ru.flurai.catalog.BusinessDay;
import ru.flurai.catalog.JsonColumns;
import ru.flurai.platform.domain.Invalid;

/**
 * The Shop aggregate: the one entity that maps a {@code sellers} row. The shop's own columns are
 * here; its concepts are parts: {@link OpeningHours}, {@link LimitSettings}, {@link
 * PreorderSettings}, {@link DeliveryTerms}, {@link Listing} and {@link WebAccess}. Its methods
 * check their input and refuse with the domain's exceptions. Other features reach it through {@link
 * Shops} (admin, identity) or read projections ({@link ShopRecord}, {@link ShopAccount}); the
 * catalogue's public pages read the table with native SQL ({@link ShopSql}, {@link ListingSql}).
 */
@Entity
@Table(name = "sellers")
@NamedQuery(
    name = Shop.ACCOUNT,
    query = "select " + Shop.ACCOUNT_COLUMNS + " from Shop s where s.sellerId = :id")
@NamedQuery(
    name = Shop.ACCOUNT_BY_LOGIN,
    query = "select " + Shop.ACCOUNT_COLUMNS + " from Shop s where lower(s.access.login) = :login")
public class Shop {
  static final String ACCOUNT = "Shop.account";
  static final String ACCOUNT_BY_LOGIN = "Shop.accountByLogin";
  static final String ACCOUNT_COLUMNS =
      "new ru.flurai.catalog.shop.ShopAccount(s.sellerId, s.access.login, s.access.passwordHash,"
          + " s.blocked, s.deletedAt, s.access.sessionsValidAfter, s.access.keepJti,"
          + " s.incarnation)";

  @Id
  @Column(name = "seller_id")
  Long sellerId;

  @Column(name = "shop_name")
  String shopName = "My Shop";

  @Column(name = "description")
  String description;

  @Column(name = "hashtags")
  String hashtags = "";

  @Column(name = "inn")
  String inn;

  @Column(name = "ogrn")
  String ogrn;

  @Column(name = "city_id")
  Long cityId;

  @Column(name = "district_id")
  Long districtId;

  @Column(name = "metro_id")
  Long metroId;

  @Column(name = "metro_walk_minutes")
  Integer metroWalkMinutes;

  @Column(name = "address_name")
  String addressName;

  @Column(name = "map_url")
  String mapUrl;

  @Column(name = "banner_url")
  String bannerUrl;

  @Column(name = "commission_percent")
  Integer commissionPercent;

  @Column(name = "yookassa_account_id")
  String yookassaAccountId;

  @Column(name = "is_blocked")
  boolean blocked;

  @Column(name = "deleted_at")
  OffsetDateTime deletedAt;

  /** A seller deleted and re-created with the same id gets a new one (V9). */
  @Column(name = "incarnation", insertable = false, updatable = false)
  Long incarnation;

  @Column(name = "updated_at")
  OffsetDateTime updatedAt = OffsetDateTime.now();

  /** Null when the shop has no hours: JPA leaves a part whose columns are all null null. */
  @Embedded OpeningHours hours = new OpeningHours();

  @Embedded LimitSettings limits = new LimitSettings();
  @Embedded PreorderSettings preorderSettings = new PreorderSettings();
  @Embedded DeliveryTerms delivery = new DeliveryTerms();
  @Embedded Listing listing = new Listing();
  @Embedded WebAccess access = new WebAccess();

  protected Shop() {}

  /**
   * A new shop as the admin creates it: listed ('active'), base limits 10/20, no hours, no
   * schedule, no preorders (the schema's defaults).
   */
  static Shop create(NewShop in) {
    Shop s = new Shop();
    s.sellerId = in.sellerId();
    s.renameShop(in.shopName());
    s.inn = in.inn();
    s.ogrn = in.ogrn();
    s.description = in.description();
    s.addressName = in.addressName();
    s.mapUrl = in.mapUrl();
    s.delivery.offer(in.deliveryOption());
    s.listing.placeUntil(in.placementExpiredAt());
    s.commissionPercent = in.commissionPercent();
    s.metroWalkMinutes = in.metroWalkMinutes();
    s.cityId = in.cityId();
    s.districtId = in.districtId();
    s.metroId = in.metroId();
    s.access.credentials(in.webLogin(), in.passwordHash());
    return s;
  }

  /** The preorder settings of the shop, edited as one value. */
  public record Preorders(
      boolean enabled,
      String scheduleType,
      Integer weekday,
      Integer intervalDays,
      LocalDate baseDate,
      String customDatesJson,
      int minLeadDays,
      Integer maxPerDate,
      BigDecimal discountPercent,
      int discountMinDays) {}

  // Shop fields, edited by the seller panel and the admin. Callers clean the text they pass.

  public void renameShop(String name) {
    if (name == null || name.isBlank()) {
      throw new Invalid("Название магазина не может быть пустым");
    }
    shopName = name;
    touch();
  }

  public void describe(String text) {
    description = text;
    touch();
  }

  public void tag(String commaSeparated) {
    hashtags = commaSeparated == null ? "" : commaSeparated;
    touch();
  }

  public void changeDeliveryOption(DeliveryOption option) {
    delivery.offer(option);
    touch();
  }

  public void changeAddress(String address) {
    addressName = address;
    touch();
  }

  public void changeMapUrl(String url) {
    mapUrl = url;
    touch();
  }

  public void changeBanner(String url) {
    bannerUrl = url;
    touch();
  }

  public void changePayoutAccount(String accountId) {
    yookassaAccountId = accountId;
    touch();
  }

  public void useDeliveryZones(boolean value) {
    delivery.useZones(value);
    touch();
  }

  /** The admin's one-field edit (PUT /admin/sellers/{id}/update), by column name. */
  void put(String field, Object value) {
    switch (field) {
      case "shop_name" -> renameShop((String) value);
      case "description" -> description = (String) value;
      case "hashtags" -> hashtags = value == null ? "" : (String) value;
      case "address_name" -> addressName = (String) value;
      case "map_url" -> mapUrl = (String) value;
      case "banner_url" -> bannerUrl = (String) value;
      case "ogrn" -> ogrn = (String) value;
      case "yookassa_account_id" -> yookassaAccountId = (String) value;
      case "use_delivery_zones" -> delivery.useZones((Boolean) value);
      case "placement_expired_at" -> listing.placeUntil((OffsetDateTime) value);
      case "commission_percent" -> commissionPercent = (Integer) value;
      case "metro_walk_minutes" -> metroWalkMinutes = (Integer) value;
      case "metro_id" -> metroId = (Long) value;
      case "district_id" -> districtId = (Long) value;
      case "city_id" -> cityId = (Long) value;
      default -> throw new IllegalArgumentException(field);
    }
    touch();
  }

  // Opening hours and limits (seller panel)

  /** Returns the hours as stored (null = no restriction). */
  public JsonObject changeWorkingHours(JsonObject hours) {
    if (this.hours == null) {
      this.hours = new OpeningHours();
    }
    this.hours.change(hours);
    touch();
    return JsonColumns.object(this.hours.json());
  }

  /** Returns the normalized schedule as stored (null = none). */
  public JsonObject changeWeeklySchedule(JsonObject schedule) {
    JsonObject normalized = limits.changeWeeklySchedule(schedule);
    touch();
    return normalized;
  }

  /**
   * Limits set for today: missing types keep their value; they become the base limits and override
   * the weekly schedule for this business day; a legacy total of 0 alone closes today.
   */
  public void limitToday(Integer delivery, Integer pickup, Integer legacyTotal, BusinessDay today) {
    limits.limitToday(delivery, pickup, legacyTotal, today);
    touch();
  }

  /** The base per-type limits (missing ones keep their value), and their legacy total. */
  public void changeBaseLimits(Integer delivery, Integer pickup) {
    limits.changeBase(delivery, pickup);
    touch();
  }

  /** No new orders until the next business day starts (06:00 in the shop time zone). */
  public void closeFor(BusinessDay today) {
    limits.closeFor(today);
    touch();
  }

  void adminLimit(Integer orders, LocalDate today) {
    LimitRules.requireAdminLimit(orders);
    limits.adminLimit(orders, today);
    touch();
  }

  void adminDefaultLimit(Integer total, Integer delivery, Integer pickup) {
    LimitRules.requireAdminDefault(total, delivery, pickup);
    limits.adminDefault(total, delivery, pickup);
    touch();
  }

  // Listing, account state and credentials (admin, identity)

  void changePlan(Plan plan) {
    listing.changePlan(plan);
    touch();
  }

  void block(boolean value) {
    blocked = value;
    touch();
  }

  void softDelete() {
    if (deletedAt == null) {
      deletedAt = OffsetDateTime.now();
    }
    touch();
  }

  void restore() {
    deletedAt = null;
    touch();
  }

  void setCredentials(String login, String passwordHash) {
    access.credentials(login, passwordHash);
    touch();
  }

  /** New credentials from the seller; every other session ends, {@code keepJti} stays. */
  void changeCredentials(String login, String passwordHash, String keepJti) {
    access.credentials(login, passwordHash);
    access.endSessions(keepJti);
  }

  void endSessions(String keepJti) {
    access.endSessions(keepJti);
  }

  // Preorders

  public Preorders preorders() {
    return preorderSettings.value();
  }

  public void changePreorders(Preorders p) {
    preorderSettings.change(p);
    touch();
  }

  /**
   * API.md §0.7: public views normalize the stored capability to delivery / pickup / both, or null.
   */
  public static String normalizeDeliveryType(String raw) {
    return DeliveryOption.parse(raw).map(DeliveryOption::kind).orElse(null);
  }

  public boolean delivers() {
    return delivery.option.delivers();
  }

  /** Listing status: any plan except "none" counts as active (PRODUCT.md §3.1). */
  public boolean planActive() {
    return listing.plan.listed();
  }

  public DailyLimits.Limits limits(BusinessDay day) {
    return limits.on(day);
  }

  public void touch() {
    updatedAt = OffsetDateTime.now();
  }

  /** A snapshot of the row for reading outside the catalogue. */
  ShopRecord record() {
    return new ShopRecord(
        sellerId,
        shopName,
        description,
        hashtags,
        inn,
        ogrn,
        cityId,
        districtId,
        metroId,
        metroWalkMinutes,
        addressName,
        mapUrl,
        delivery.option.stored(),
        delivery.price,
        delivery.zones,
        bannerUrl,
        listing.plan,
        listing.placementExpiredAt,
        commissionPercent,
        yookassaAccountId,
        blocked,
        deletedAt,
        limits.maxOrders,
        limits.limitDate,
        limits.defaultDailyLimit,
        limits.baseDelivery,
        limits.basePickup,
        JsonColumns.object(limits.weeklySchedule),
        access.login);
  }

  public Long sellerId() {
    return sellerId;
  }

  public String shopName() {
    return shopName;
  }

  public String description() {
    return description;
  }

  public String hashtags() {
    return hashtags;
  }

  public String inn() {
    return inn;
  }

  public String ogrn() {
    return ogrn;
  }

  public Long cityId() {
    return cityId;
  }

  public Long districtId() {
    return districtId;
  }

  public Long metroId() {
    return metroId;
  }

  public Integer metroWalkMinutes() {
    return metroWalkMinutes;
  }

  public String addressName() {
    return addressName;
  }

  public String mapUrl() {
    return mapUrl;
  }

  /** The stored spelling (API.md §0.7), as the panels read it back. */
  public String deliveryType() {
    return delivery.option.stored();
  }

  public DeliveryOption deliveryOption() {
    return delivery.option;
  }

  public BigDecimal deliveryPrice() {
    return delivery.price;
  }

  public String bannerUrl() {
    return bannerUrl;
  }

  public String workingHours() {
    return hours == null ? null : hours.json();
  }

  public String weeklySchedule() {
    return limits.weeklySchedule;
  }

  public int maxDeliveryOrders() {
    return limits.baseDelivery;
  }

  public int maxPickupOrders() {
    return limits.basePickup;
  }

  public int maxOrders() {
    return limits.maxOrders;
  }

  public LocalDate dailyLimitDate() {
    return limits.limitDate;
  }

  public Integer defaultDailyLimit() {
    return limits.defaultDailyLimit;
  }

  public String subscriptionPlan() {
    return listing.plan.wire();
  }

  public OffsetDateTime placementExpiredAt() {
    return listing.placementExpiredAt;
  }

  public Integer commissionPercent() {
    return commissionPercent;
  }

  public String yookassaAccountId() {
    return yookassaAccountId;
  }

  public boolean useDeliveryZones() {
    return delivery.zones;
  }

  public boolean blocked() {
    return blocked;
  }

  public OffsetDateTime deletedAt() {
    return deletedAt;
  }

  public OffsetDateTime updatedAt() {
    return updatedAt;
  }
}

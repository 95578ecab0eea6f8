package ru.flurai.delivery;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Set;
import java.util.TreeSet;

/**
 * A seller's delivery zone ({@code delivery_zones} with its districts in {@code
 * delivery_zone_districts}): districts of the seller's city, a price, an optional minimum order and
 * an optional "free from" amount (PRODUCT.md §8.1). It keeps its own rules ({@link ZoneTerms}):
 * whatever changes it, its amounts are valid money and it has a name and at least one district.
 * That the districts belong to the seller's city is checked by {@link DeliveryZones}, which knows
 * the city.
 */
@Entity
@Table(name = "delivery_zones")
public class DeliveryZone {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @Column(name = "seller_id", nullable = false, updatable = false)
  private long sellerId;

  @Column(name = "name", nullable = false)
  private String name;

  @ElementCollection
  @CollectionTable(name = "delivery_zone_districts", joinColumns = @JoinColumn(name = "zone_id"))
  @Column(name = "district_id")
  private Set<Long> districtIds = new TreeSet<>();

  @Column(name = "delivery_price", nullable = false)
  private BigDecimal deliveryPrice;

  @Column(name = "min_order_amount")
  private BigDecimal minOrderAmount;

  @Column(name = "free_delivery_from")
  private BigDecimal freeDeliveryFrom;

  @Column(name = "is_active", nullable = false)
  private boolean active;

  @Column(name = "priority", nullable = false)
  private int priority;

  protected DeliveryZone() {}

  public DeliveryZone(long sellerId, ZoneTerms terms) {
    this.sellerId = sellerId;
    apply(terms);
  }

  /** Replaces every term at once; the terms were validated when they were made. */
  public void apply(ZoneTerms terms) {
    this.name = terms.name();
    this.districtIds = new TreeSet<>(terms.districtIds());
    this.deliveryPrice = terms.deliveryPrice();
    this.minOrderAmount = terms.minOrderAmount();
    this.freeDeliveryFrom = terms.freeDeliveryFrom();
    this.active = terms.active();
    this.priority = terms.priority();
  }

  public ZoneTerms terms() {
    return new ZoneTerms(
        name,
        new TreeSet<>(districtIds),
        deliveryPrice,
        minOrderAmount,
        freeDeliveryFrom,
        active,
        priority);
  }

  public Long id() {
    return id;
  }

  public long sellerId() {
    return sellerId;
  }
}

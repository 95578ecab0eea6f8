package ru.flurai.catalog.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import java.time.OffsetDateTime;

/**
 * Whether and until when the shop is listed, a part of the Shop aggregate (PRODUCT.md §3.1): its
 * plan ({@code none} hides it) and the end of its paid placement (null = unlimited).
 */
@Embeddable
public class Listing {
  @Convert(converter = PlanConverter.class)
  @Column(name = "subscription_plan")
  Plan plan = Plan.ACTIVE;

  @Column(name = "placement_expired_at")
  OffsetDateTime placementExpiredAt;

  protected Listing() {}

  // Changes are made here, in the part's own methods: EclipseLink's woven change tracking sees
  // only the writes of the class that declares the field.

  void changePlan(Plan plan) {
    this.plan = plan;
  }

  void placeUntil(OffsetDateTime end) {
    placementExpiredAt = end;
  }

  public Plan plan() {
    return plan;
  }

  public OffsetDateTime placementExpiredAt() {
    return placementExpiredAt;
  }
}

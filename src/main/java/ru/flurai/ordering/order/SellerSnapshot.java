package ru.flurai.ordering.order;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The shop's name and contacts as the order keeps them (V10): written at checkout, refreshed when
 * the seller is hard-deleted ({@link OrderLog#snapshotSeller}), shown once the seller row is gone.
 */
@Embeddable
public class SellerSnapshot {
  @Column(name = "seller_tg_id")
  Long tgId;

  @Column(name = "seller_shop_name")
  String shopName;

  @Column(name = "seller_username")
  String username;

  @Column(name = "seller_phone")
  String phone;

  @Column(name = "seller_address_name")
  String addressName;

  @Column(name = "seller_map_url")
  String mapUrl;

  protected SellerSnapshot() {}

  public SellerSnapshot(
      Long tgId,
      String shopName,
      String username,
      String phone,
      String addressName,
      String mapUrl) {
    this.tgId = tgId;
    this.shopName = shopName;
    this.username = username;
    this.phone = phone;
    this.addressName = addressName;
    this.mapUrl = mapUrl;
  }

  public Long tgId() {
    return tgId;
  }

  public String shopName() {
    return shopName;
  }

  public String username() {
    return username;
  }

  public String phone() {
    return phone;
  }

  public String addressName() {
    return addressName;
  }

  public String mapUrl() {
    return mapUrl;
  }
}

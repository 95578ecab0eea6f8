package ru.flurai.payment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import ru.flurai.catalog.shop.ShopRecord;
import ru.flurai.catalog.shop.Shops;
import ru.flurai.payment.yookassa.YooKassa;

/**
 * Whether a shop takes online payment (PRODUCT.md §8.4): only when it has a YooKassa account (the
 * marketplace sub-account its share is transferred to) and the platform has credentials. Other
 * shops are paid on delivery.
 */
@ApplicationScoped
public class OnlinePayment {
  @Inject Shops shops;
  @Inject YooKassa yookassa;

  public boolean configured() {
    return yookassa.configured();
  }

  /** The shop's YooKassa account when it takes online payment now. */
  public Optional<String> accountOf(long sellerId) {
    if (!configured()) {
      return Optional.empty();
    }
    return shops
        .record(sellerId)
        .filter(s -> s.deletedAt() == null)
        .map(ShopRecord::yookassaAccountId)
        .map(String::strip)
        .filter(a -> !a.isEmpty());
  }
}

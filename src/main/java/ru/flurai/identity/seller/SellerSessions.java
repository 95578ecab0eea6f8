package ru.flurai.identity.seller;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.UUID;
import ru.flurai.catalog.shop.Shops;
import ru.flurai.identity.token.RefreshTokens;
import ru.flurai.platform.domain.Forbidden;
import ru.flurai.platform.domain.Unauthenticated;

/**
 * The mechanism that ends a seller's sessions (block, delete, credential change): every access
 * token issued before now stops working on the next request, and every refresh token of the seller
 * is revoked.
 */
@ApplicationScoped
public class SellerSessions {
  @Inject Shops shops;
  @Inject RefreshTokens refreshTokens;

  /**
   * The seller's account if it may use the panel: 401 when missing or deleted, 403 when blocked.
   */
  public SellerAccount activeAccount(long sellerId) {
    SellerAccount account = shops.account(sellerId).map(SellerAccount::of).orElse(null);
    if (account == null || account.deleted()) {
      throw new Unauthenticated("Продавец не найден");
    }
    if (account.blocked()) {
      throw new Forbidden("Аккаунт заблокирован");
    }
    return account;
  }

  /**
   * Ends every session of the seller except {@code keepJti} (may be null). Joins the caller's
   * transaction.
   */
  @Transactional
  public void endAll(long sellerId, String keepJti, UUID keepFamily) {
    shops.endSessions(sellerId, keepJti);
    refreshTokens.revokeSubjectExcept(subject(sellerId), keepFamily);
  }

  public static String subject(long sellerId) {
    return "seller:" + sellerId;
  }
}

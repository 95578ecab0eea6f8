package ru.flurai.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.UUID;
import ru.flurai.platform.http.ApiException;

/**
 * The mechanism that ends a seller's sessions (block, delete, credential change): every access
 * token issued before now stops working on the next request, and every refresh token of the seller
 * is revoked.
 */
@ApplicationScoped
public class SellerSessions {
  @PersistenceContext(unitName = "primary")
  EntityManager db;

  @Inject RefreshTokens refreshTokens;

  /**
   * The seller's account if it may use the panel: 401 when missing or deleted, 403 when blocked.
   */
  public SellerAccount activeAccount(long sellerId) {
    SellerAccount account = db.find(SellerAccount.class, sellerId);
    if (account == null || account.deleted()) {
      throw new ApiException(401, "Продавец не найден");
    }
    if (account.blocked()) {
      throw new ApiException(403, "Аккаунт заблокирован");
    }
    return account;
  }

  /**
   * Ends every session of the seller except {@code keepJti} (may be null). Joins the caller's
   * transaction.
   */
  @Transactional
  public void endAll(long sellerId, String keepJti, UUID keepFamily) {
    SellerAccount account = db.find(SellerAccount.class, sellerId);
    if (account != null) {
      account.endSessions(keepJti);
    }
    refreshTokens.revokeSubjectExcept(subject(sellerId), keepFamily);
  }

  public static String subject(long sellerId) {
    return "seller:" + sellerId;
  }
}

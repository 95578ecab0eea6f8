package ru.flurai.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Locale;
import ru.flurai.platform.http.ApiException;

/**
 * Panel logins are unique case-insensitively (index ux_sellers_web_login_ci); a clash is a readable
 * 400.
 */
@ApplicationScoped
public class SellerLogins {
  @PersistenceContext(unitName = "primary")
  EntityManager db;

  public void requireFree(String login, long sellerId) {
    long taken =
        db.createQuery(
                "select count(s) from ManagedSeller s where lower(s.webLogin) = :login"
                    + " and s.sellerId <> :id",
                Long.class)
            .setParameter("login", login.toLowerCase(Locale.ROOT))
            .setParameter("id", sellerId)
            .getSingleResult();
    if (taken > 0) {
      throw ApiException.badRequest("Логин " + login + " уже используется другим продавцом");
    }
  }
}

package ru.flurai.identity.buyer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import ru.flurai.identity.RateLimiter;
import ru.flurai.identity.Role;
import ru.flurai.identity.User;
import ru.flurai.identity.admin.AdminTwoFactor;
import ru.flurai.identity.seller.SellerAccount;
import ru.flurai.identity.seller.SellerSessions;
import ru.flurai.identity.token.Sessions;
import ru.flurai.identity.token.TokenPair;
import ru.flurai.identity.token.Tokens;
import ru.flurai.platform.config.FluraiConfig;
import ru.flurai.platform.domain.Forbidden;
import ru.flurai.platform.domain.Unauthenticated;
import ru.flurai.platform.domain.Unavailable;

/**
 * Logins vouched for by Telegram: buyer JWTs (Mini App, Login Widget) and the panel inside the
 * admin bot.
 */
@ApplicationScoped
public class TelegramLogins {
  static final int LIMIT = 10;

  @Inject FluraiConfig config;
  @Inject RateLimiter limiter;
  @Inject Buyers buyers;
  @Inject Tokens tokens;
  @Inject Sessions sessions;
  @Inject SellerSessions sellerSessions;
  @Inject AdminTwoFactor twoFactor;

  public record BuyerLogin(String token, long telegramId, String username, String firstName) {}

  public BuyerLogin miniApp(String initData, String clientIp) {
    limiter.attempt("auth-tg", clientIp, LIMIT);
    return buyerToken(
        TelegramInitData.verify(initData, botToken(), config.initDataMaxAge(), Instant.now()));
  }

  public BuyerLogin widget(Map<String, String> data, String clientIp) {
    limiter.attempt("auth-tg", clientIp, LIMIT);
    return buyerToken(
        TelegramLoginWidget.verify(data, botToken(), config.initDataMaxAge(), Instant.now()));
  }

  /** POST /admin/auth/telegram: the admin bot's initData → an admin or seller session. */
  public TokenPair panel(String initData, String clientIp) {
    limiter.attempt("admin-auth-tg", clientIp, LIMIT);
    String adminBot =
        config
            .adminBotToken()
            .orElseThrow(() -> new Unavailable("Admin bot не настроен (ADMIN_BOT_TOKEN)"));
    TelegramUser user =
        TelegramInitData.verify(initData, adminBot, config.initDataMaxAge(), Instant.now());
    if (config.masterAdminId().filter(id -> id == user.id()).isPresent()) {
      if (twoFactor.enabled()) {
        throw new Forbidden("Включена двухфакторная защита: войдите по логину и паролю с кодом");
      }
      return sessions.openAdmin();
    }
    SellerAccount account;
    try {
      account = sellerSessions.activeAccount(user.id());
    } catch (Unauthenticated e) {
      throw new Forbidden("Доступ запрещён: вы не являетесь админом или продавцом");
    }
    return sessions.openSeller(account);
  }

  private BuyerLogin buyerToken(TelegramUser tg) {
    User user = buyers.loggedIn(tg);
    String token = tokens.issue(Role.BUYER, Long.toString(tg.id()), null).token();
    return new BuyerLogin(token, tg.id(), user.username(), tg.firstName());
  }

  private String botToken() {
    return config.botToken().orElseThrow(() -> new Unavailable("Бот не настроен (BOT_TOKEN)"));
  }
}

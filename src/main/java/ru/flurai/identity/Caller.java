package ru.flurai.identity;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import ru.flurai.identity.buyer.TelegramUser;
import ru.flurai.identity.token.AccessToken;

/** Who is calling, as the authentication filters established it for this request. */
@RequestScoped
public class Caller {
  private Role role;
  private long id;
  private AccessToken token;
  private TelegramUser telegramUser;

  public void authenticate(Role r, long subjectId, AccessToken t, TelegramUser tg) {
    role = r;
    id = subjectId;
    token = t;
    telegramUser = tg;
  }

  public Role role() {
    return role;
  }

  /** The buyer's Telegram id. */
  public long buyerId() {
    return require(Role.BUYER);
  }

  /** The seller's id (the owner's Telegram id). */
  public long sellerId() {
    return require(Role.SELLER);
  }

  /** The access token, when the caller presented one (not for initData callers). */
  public Optional<AccessToken> token() {
    return Optional.ofNullable(token);
  }

  /** What Telegram said about the user, when the caller authenticated with initData. */
  public Optional<TelegramUser> telegramUser() {
    return Optional.ofNullable(telegramUser);
  }

  private long require(Role expected) {
    if (role != expected) {
      throw new IllegalStateException("caller is " + role + ", not " + expected);
    }
    return id;
  }
}

package ru.flurai.loyalty;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;
import ru.flurai.identity.Phones;
import ru.flurai.platform.db.Rows;
import ru.flurai.platform.domain.Invalid;

/**
 * Phones proven by Telegram (PRODUCT.md §8.6): a buyer's phone is verified only when Telegram
 * delivers the buyer's own contact to the bot, {@code contact.user_id == from.id}, as the Mini
 * App's {@code requestContact} does. A phone typed into the profile or a checkout form never gets
 * here, so it never unlocks a card. Verifying links the buyer's cards (the cards with that phone,
 * and a new one at every shop the buyer follows).
 */
@ApplicationScoped
public class VerifiedPhones {
  /** What a shared contact did. */
  public enum Outcome {
    VERIFIED,
    NOT_OWN,
    NOT_RUSSIAN
  }

  @PersistenceContext(unitName = "primary")
  EntityManager db;

  @Inject Cards cards;
  @Inject Phones phones;

  /**
   * A contact that came to the bot from {@code fromId}: verified when it is the sender's own
   * ({@code contactUserId == fromId}) and a Russian mobile number; anything else changes nothing.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Outcome contactShared(long fromId, Long contactUserId, String phoneNumber) {
    if (contactUserId == null || contactUserId != fromId) {
      return Outcome.NOT_OWN;
    }
    String phone;
    try {
      phone = phones.normalize(phoneNumber);
    } catch (Invalid e) {
      return Outcome.NOT_RUSSIAN;
    }
    // the number now belongs to this user: whoever verified it before loses it
    db.createNativeQuery("delete from verified_phones where phone = ?1 and tg_id <> ?2")
        .setParameter(1, phone)
        .setParameter(2, fromId)
        .executeUpdate();
    db.createNativeQuery(
            "insert into verified_phones (tg_id, phone) values (?1, ?2) on conflict (tg_id)"
                + " do update set phone = excluded.phone, verified_at = now()")
        .setParameter(1, fromId)
        .setParameter(2, phone)
        .executeUpdate();
    cards.linkVerified(fromId, phone);
    return Outcome.VERIFIED;
  }

  /** The buyer's verified phone, if Telegram has proven one. */
  @Transactional
  public Optional<String> of(long buyerId) {
    return Rows.first(db, "select phone from verified_phones where tg_id = ?1", buyerId)
        .map(r -> r.str("phone"));
  }
}

package ru.flurai.identity.buyer;

/** Who Telegram vouched for: from Mini App initData or the Login Widget. */
public record TelegramUser(long id, String firstName, String lastName, String username) {
  public String fullName() {
    String last = lastName == null || lastName.isBlank() ? "" : " " + lastName.strip();
    return ((firstName == null ? "" : firstName.strip()) + last).strip();
  }
}

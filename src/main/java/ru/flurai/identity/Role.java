package ru.flurai.identity;

import java.util.Locale;

/** The three kinds of caller that hold tokens. The claim value is the lower-case name. */
public enum Role {
  BUYER,
  SELLER,
  ADMIN;

  public String claim() {
    return name().toLowerCase(Locale.ROOT);
  }
}

package ru.flurai.identity;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * {@link PhoneNumbers} as a service for the other features (loyalty verifies contacts, the CRM adds
 * customers): the one stored form {@code 7XXXXXXXXXX}, or a 400 with API.md's text.
 */
@ApplicationScoped
public class Phones {
  public String normalize(String input) {
    return PhoneNumbers.normalize(input);
  }
}

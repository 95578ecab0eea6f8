package ru.flurai.delivery.address;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.Optional;

/**
 * Organisations by INN or OGRN through DaData's {@code findById/party} (LATER.md §8.1). The answer
 * says whether DaData could be asked at all: without a key or while it fails, the admin's wizard
 * falls back to a card built from the identifier (PRODUCT.md §8.1).
 */
@ApplicationScoped
public class Organisations {
  @Inject Dadata dadata;

  /** What DaData said about an identifier. */
  public record Lookup(boolean asked, Optional<JsonObject> data) {}

  /** The first organisation DaData has for the digits, its {@code data} object. */
  public Lookup find(String digits) {
    Dadata.Answer a = dadata.findParty(Json.createObjectBuilder().add("query", digits).build());
    if (!a.available()) {
      return new Lookup(false, Optional.empty());
    }
    return new Lookup(true, a.suggestions().stream().findFirst().map(AddressLookup::data));
  }
}

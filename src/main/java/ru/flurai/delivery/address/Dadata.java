package ru.flurai.delivery.address;

import jakarta.json.JsonObject;
import java.util.List;

/**
 * DaData's Suggestions API (LATER.md §8), the one way out to it: each call posts a JSON request to
 * {@code suggestions/api/4_1/rs/<api>} and answers the {@code suggestions} array of the response
 * ({@code [{value, unrestricted_value, data:{…}}]}). Without a key, or while DaData fails, every
 * call answers {@link Answer#unavailable()}, and the callers fall back to the keyless behaviour
 * (PRODUCT.md §8.1).
 */
public interface Dadata {
  /** {@code suggest/address}. */
  Answer suggestAddress(JsonObject request);

  /** {@code geolocate/address}. */
  Answer geolocateAddress(JsonObject request);

  /** {@code findById/party}. */
  Answer findParty(JsonObject request);

  /** {@code suggest/metro}. */
  Answer suggestMetro(JsonObject request);

  /** Whether a key is configured. */
  boolean configured();

  /** The suggestions DaData gave, or none because DaData could not be asked. */
  record Answer(boolean available, List<JsonObject> suggestions) {
    public static Answer unavailable() {
      return new Answer(false, List.of());
    }
  }
}

package ru.flurai.catalog.listing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchIndexTest {
  private static final List<ListedShop> SHOPS =
      List.of(
          shop("розы и ко", "#розы,#пионы"),
          shop("тюльпан", ""),
          shop("пионы 12", "#весна"),
          shop("12 роз", "#розы"),
          shop("", "#тюльпан"));

  @Test
  void findsWhatContainsFindsInNamesAndHashtags() {
    for (String q :
        List.of("роз", "пион", "тюльпан", "12", "#", " ", "а", "весна", "ко", "нет", "розы,#п")) {
      BitSet expected = new BitSet();
      for (int i = 0; i < SHOPS.size(); i++) {
        if (SHOPS.get(i).mentions(q)) {
          expected.set(i);
        }
      }
      assertEquals(expected, new SearchIndex(SHOPS).mentioning(q), q);
    }
  }

  @Test
  void aSearchNeverMatchesAcrossFieldsOrShops() {
    // "ко" ends a name and "#р" starts the same shop's hashtags; "пан" + "пионы" spans two shops
    assertEquals(new BitSet(), new SearchIndex(SHOPS).mentioning("ко#р"));
    assertEquals(new BitSet(), new SearchIndex(SHOPS).mentioning("тюльпанпионы"));
    assertEquals(new BitSet(), new SearchIndex(SHOPS).mentioning("\u0000"));
    assertEquals(new BitSet(), new SearchIndex(List.of()).mentioning("роз"));
  }

  private static ListedShop shop(String name, String tags) {
    return new ListedShop(
        null, name, tags, null, null, null, false, false, false, false, false, null, "", "", null);
  }
}

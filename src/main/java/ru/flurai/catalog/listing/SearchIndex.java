package ru.flurai.catalog.listing;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * The names and hashtags of a {@link Listable}'s shops in one text, so that a search is one pass of
 * {@link String#indexOf} over it instead of two {@code contains} a shop. Fields are separated by
 * U+0000, which no search holds ({@code CleanText} removes control characters).
 */
final class SearchIndex {
  private static final char SEPARATOR = '\u0000';

  private final String text;
  private final int[] starts;

  SearchIndex(List<ListedShop> shops) {
    StringBuilder all = new StringBuilder();
    starts = new int[shops.size()];
    for (int i = 0; i < shops.size(); i++) {
      starts[i] = all.length();
      all.append(shops.get(i).name()).append(SEPARATOR);
      all.append(shops.get(i).hashtags()).append(SEPARATOR);
    }
    text = all.toString();
  }

  /** The positions of the shops whose name or hashtags hold {@code search}. */
  BitSet mentioning(String search) {
    BitSet found = new BitSet(starts.length);
    if (search.isEmpty() || search.indexOf(SEPARATOR) >= 0) {
      return found;
    }
    int at = text.indexOf(search);
    while (at >= 0) {
      int shop = Arrays.binarySearch(starts, at);
      shop = shop >= 0 ? shop : -shop - 2;
      found.set(shop);
      at = shop + 1 < starts.length ? text.indexOf(search, starts[shop + 1]) : -1;
    }
    return found;
  }
}

package ru.flurai.admin;

/**
 * The seller an admin action names does not exist. The panel expects {@code 200
 * {"status":"not_found"}} for that (API.md §7), which {@link SellerMissingMapper} renders; the
 * transaction rolls back as for any failure.
 */
public class SellerMissing extends RuntimeException {
  public SellerMissing(long sellerId) {
    super("seller " + sellerId + " not found", null, false, false);
  }
}

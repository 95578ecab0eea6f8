package ru.flurai.it;

import io.restassured.specification.RequestSpecification;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** A seller fixture logged in to the panel, and SQL reads for asserting what the database holds. */
public record SellerSession(Fixtures.SellerFixture seller, String token) {
  public static SellerSession open() {
    Fixtures.SellerFixture s = Fixtures.seller();
    return new SellerSession(s, Fixtures.sellerToken(s));
  }

  public long id() {
    return seller.id();
  }

  /** A panel request: JSON content type and the seller token, as fetchSeller sends them. */
  public RequestSpecification api() {
    return Stack.api().header("X-Seller-Token", token).contentType("application/json");
  }

  /** The same without a content type (multipart uploads set their own). */
  public RequestSpecification upload() {
    return Stack.api().header("X-Seller-Token", token);
  }

  /** The first column of the first row, or null. */
  public static Object one(String sql, Object... args) {
    try (Connection c = Stack.db();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        s.setObject(i + 1, args[i]);
      }
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? rs.getObject(1) : null;
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  public static void exec(String sql, Object... args) {
    try (Connection c = Stack.db()) {
      Fixtures.exec(c, sql, args);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}

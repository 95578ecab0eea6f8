package ru.flurai.platform.http;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CorsPolicyTest {
  @Test
  void allowlistIsExactUpToATrailingSlash() {
    CorsPolicy p = new CorsPolicy(List.of("https://app.flurai.ru/", "https://admin.flurai.ru"));
    assertTrue(p.allows("https://app.flurai.ru"));
    assertTrue(p.allows("https://admin.flurai.ru/"));
    assertFalse(p.allows("https://evil.flurai.ru"));
    assertFalse(p.allows("https://app.flurai.ru.evil.com"));
    assertFalse(p.allows("http://app.flurai.ru"));
    assertFalse(p.allows(null));
  }

  @Test
  void starAllowsAnyOriginInDevelopment() {
    assertTrue(new CorsPolicy(List.of("*")).allows("http://localhost:5173"));
  }
}

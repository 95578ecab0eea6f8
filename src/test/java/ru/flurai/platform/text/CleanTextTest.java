package ru.flurai.platform.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class CleanTextTest {
  @Test
  void stripsHtmlAndKeepsTheText() {
    // script bodies are dropped, not kept as text
    assertEquals("Розы красные", CleanText.of("Розы <script>alert(1)</script> <b>красные</b>", 100)
        .replace("  ", " "));
    assertEquals("Tom & Jerry", CleanText.of("Tom &amp; Jerry", 100));
    assertEquals("a < b", CleanText.of("a < b", 100));
    assertEquals("img", CleanText.of("<img src=x onerror=alert(1)>img", 100));
  }

  @Test
  void removesControlAndBidiCharactersAndTrims() {
    assertEquals("abc", CleanText.of("  a\u0000b\u202Ec\u200B  ", 100));
    assertEquals("line1\nline2", CleanText.of("line1\r\nline2", 100));
    assertEquals("line1 line2", CleanText.line("line1\nline2", 100));
  }

  @Test
  void limitsLengthAndEmptiesBecomeNull() {
    assertEquals("abc", CleanText.of("abcdef", 3));
    assertNull(CleanText.of("   ", 10));
    assertNull(CleanText.of("<p></p>", 10));
    assertNull(CleanText.of(null, 10));
  }
}

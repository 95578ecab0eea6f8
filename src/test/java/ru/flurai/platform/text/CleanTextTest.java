package ru.flurai.platform.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class CleanTextTest {
  @Test
  void stripsHtmlAndKeepsTheText() {
    // script bodies are dropped, not kept as text
    assertEquals(
        "Розы красные",
        CleanText.of("Розы <script>alert(1)</script> <b>красные</b>", 100).replace("  ", " "));
    assertEquals("Tom & Jerry", CleanText.of("Tom &amp; Jerry", 100));
    assertEquals("a < b", CleanText.of("a < b", 100));
    assertEquals("img", CleanText.of("<img src=x onerror=alert(1)>img", 100));
  }

  @Test
  void noPayloadLeavesATagInAnyForm() {
    String[] payloads = {
      "<img src=x onerror=alert(1)>",
      "&lt;img src=x onerror=alert(1)&gt;",
      "&amp;lt;img src=x onerror=alert(1)&amp;gt;",
      "&amp;amp;lt;script&amp;amp;gt;alert(1)&amp;amp;lt;/script&amp;amp;gt;",
      "&#60;img src=x onerror=alert(1)&#62;",
      "&#x3C;svg onload=alert(1)&#x3E;",
      "&LT;IMG SRC=x ONERROR=alert(1)&GT;",
      "<IMG SRC=x OnErRoR=alert(1)>",
      "<img src=x onerror=alert(1)",
      "&lt;img src=x onerror=alert(1)",
      "<scr<script>ipt>alert(1)</script>",
      "&lt;scr&lt;script&gt;ipt&gt;alert(1)",
      "<!-- x --><a href=javascript:alert(1)>x</a>",
      "&lt;!--&gt;&lt;/title&gt;&lt;svg/onload=alert(1)&gt;",
      "<<img src=x onerror=alert(1)>>",
      "<\u200Bimg src=x onerror=alert(1)>",
      "<\u0007img src=x onerror=alert(1)>",
      "&lt;\u200Bimg src=x onerror=alert(1)&gt;",
      "<&#x200B;img src=x onerror=alert(1)>",
      "&lt;&amp;#x200B;img src=x onerror=alert(1)&gt;",
      "&lt;&lt;&#8203;img src=x onerror=alert(1)&gt;",
    };
    for (String p : payloads) {
      for (String text : new String[] {"Розы " + p + " дёшево", p}) {
        String cleaned = CleanText.of(text, 500);
        assertFalse(
            cleaned != null && Pattern.compile("<[A-Za-z/!?]").matcher(cleaned).find(),
            () -> p + " -> " + cleaned);
        assertFalse(
            cleaned != null
                && cleaned.toLowerCase().matches("(?s).*&(lt|#0*60|#x0*3c);?\\s*[a-z/!].*"),
            () -> p + " leaves an encoded tag: " + cleaned);
      }
    }
    assertEquals(
        "Розы  дёшево", CleanText.of("Розы &lt;img src=x onerror=alert(1)&gt; дёшево", 100));
    assertEquals("5 < 10 и 3 > 2", CleanText.of("5 &lt; 10 и 3 &gt; 2", 100));
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

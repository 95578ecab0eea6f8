package ru.flurai.platform.text;

import java.util.Optional;
import java.util.regex.Pattern;
import org.owasp.html.Encoding;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The one place user-written text is cleaned before it is stored: HTML is stripped (OWASP Java HTML
 * Sanitizer with an allow-nothing policy, then entities decoded back to plain text), control
 * characters removed, whitespace trimmed, length limited. The result is plain text; it is never
 * echoed as HTML.
 */
public final class CleanText {
  private static final PolicyFactory NO_HTML = new HtmlPolicyBuilder().toFactory();
  // C0/C1 controls except \n and \t, plus bidi overrides and zero-width characters used for
  // spoofing
  private static final Pattern CONTROL =
      Pattern.compile(
          "[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F\\u200B-\\u200F\\u202A-\\u202E\\u2066-\\u2069\\uFEFF]");

  /** What would open a tag, a comment or a declaration for an HTML parser. */
  private static final Pattern TAG_START = Pattern.compile("<+(?=[A-Za-z/!?])");

  private CleanText() {}

  /** Cleaned text, or null when nothing is left. Multi-line text keeps its line breaks. */
  public static String of(String input, int maxLength) {
    if (input == null) {
      return null;
    }
    // control and zero-width characters first: "<\u200Bimg" must not become "<img" after the markup
    // is stripped
    String s = CONTROL.matcher(input).replaceAll("");
    s = s.indexOf('<') >= 0 || s.indexOf('&') >= 0 ? stripMarkup(s) : s;
    s = CONTROL.matcher(s).replaceAll("").replace("\r\n", "\n").replace('\r', '\n').strip();
    if (s.length() > maxLength) {
      s = s.substring(0, maxLength).strip();
    }
    return s.isEmpty() ? null : s;
  }

  /**
   * Strips tags and decodes entities until nothing changes, so that entity-encoded markup ({@code
   * &lt;img&gt;}, {@code &amp;lt;img&amp;gt;}, {@code &#60;img&#62;}) cannot come back as a live
   * tag after decoding; whatever still opens a tag after that is dropped.
   */
  private static String stripMarkup(String input) {
    String s = input;
    for (int i = 0; i < 8; i++) {
      String next = CONTROL.matcher(Encoding.decodeHtml(NO_HTML.sanitize(s), false)).replaceAll("");
      if (next.equals(s)) {
        break;
      }
      s = next;
    }
    return TAG_START.matcher(s).replaceAll("");
  }

  /**
   * What an attribute value (a link's {@code href}) would turn into: entities decoded as in an
   * attribute, until nothing changes. Checking a link's shape on this form, and not only on the raw
   * text, keeps {@code &lt;script&gt;} out of links; {@code &param=} in a query string stays as it
   * is.
   */
  public static String decodedAsAttribute(String input) {
    String s = input;
    for (int i = 0; i < 8; i++) {
      String next = Encoding.decodeHtml(s, true);
      if (next.equals(s)) {
        break;
      }
      s = next;
    }
    return s;
  }

  /** A single line: line breaks and tabs become spaces. */
  public static String line(String input, int maxLength) {
    return of(input == null ? null : input.replaceAll("[\\r\\n\\t]+", " "), maxLength);
  }

  public static Optional<String> optional(String input, int maxLength) {
    return Optional.ofNullable(of(input, maxLength));
  }
}

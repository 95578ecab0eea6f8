package ru.flurai.platform.text;

import java.util.Optional;
import java.util.regex.Pattern;
import org.owasp.html.Encoding;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The one place user-written text is cleaned before it is stored: HTML is stripped (OWASP Java HTML Sanitizer with an
 * allow-nothing policy, then entities decoded back to plain text), control characters removed, whitespace trimmed,
 * length limited. The result is plain text; it is never echoed as HTML.
 */
public final class CleanText {
  private static final PolicyFactory NO_HTML = new HtmlPolicyBuilder().toFactory();
  // C0/C1 controls except \n and \t, plus bidi overrides and zero-width characters used for spoofing
  private static final Pattern CONTROL =
      Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F\\u200B-\\u200F\\u202A-\\u202E\\u2066-\\u2069\\uFEFF]");

  private CleanText() {}

  /** Cleaned text, or null when nothing is left. Multi-line text keeps its line breaks. */
  public static String of(String input, int maxLength) {
    if (input == null) {
      return null;
    }
    String s = input.indexOf('<') >= 0 || input.indexOf('&') >= 0
        ? Encoding.decodeHtml(NO_HTML.sanitize(input), false)
        : input;
    s = CONTROL.matcher(s).replaceAll("").replace("\r\n", "\n").replace('\r', '\n').strip();
    if (s.length() > maxLength) {
      s = s.substring(0, maxLength).strip();
    }
    return s.isEmpty() ? null : s;
  }

  /** A single line: line breaks and tabs become spaces. */
  public static String line(String input, int maxLength) {
    return of(input == null ? null : input.replaceAll("[\\r\\n\\t]+", " "), maxLength);
  }

  public static Optional<String> optional(String input, int maxLength) {
    return Optional.ofNullable(of(input, maxLength));
  }
}

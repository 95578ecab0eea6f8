package ru.flurai.devstack;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the Bot API does with {@code parse_mode}, close enough to catch escaping bugs: the text is
 * parsed the way Telegram parses it, malformed or unescaped markup is refused with Telegram's 400
 * description, and the plain text (markup removed) is returned. Entities are not computed.
 */
final class TelegramMarkup {
  static final class ParseException extends Exception {
    ParseException(String description) {
      super(description, null, false, false);
    }
  }

  private static final Set<String> HTML_TAGS =
      Set.of(
          "b",
          "strong",
          "i",
          "em",
          "u",
          "ins",
          "s",
          "strike",
          "del",
          "a",
          "code",
          "pre",
          "tg-spoiler",
          "span",
          "tg-emoji",
          "blockquote");
  private static final Map<String, String> HTML_ENTITIES =
      Map.of("lt", "<", "gt", ">", "amp", "&", "quot", "\"");
  private static final String MD2_RESERVED = "_*[]()~`>#+-=|{}.!";

  /** The text as the user will see it; {@code parseMode} null or blank means plain text. */
  static String plainText(String text, String parseMode) throws ParseException {
    if (parseMode == null || parseMode.isBlank()) {
      return text;
    }
    switch (parseMode.toLowerCase(Locale.ROOT)) {
      case "html":
        return html(text);
      case "markdownv2":
        return markdownV2(text);
      case "markdown":
        return markdown(text);
      default:
        throw new ParseException("Bad Request: unsupported parse_mode");
    }
  }

  private static ParseException cannotParse(String what) {
    return new ParseException("Bad Request: can't parse entities: " + what);
  }

  private static int byteOffset(String text, int index) {
    return text.substring(0, index).getBytes(StandardCharsets.UTF_8).length;
  }

  private static String html(String t) throws ParseException {
    StringBuilder out = new StringBuilder(t.length());
    Deque<String> open = new ArrayDeque<>();
    int i = 0;
    while (i < t.length()) {
      char c = t.charAt(i);
      if (c == '&') {
        int semi = t.indexOf(';', i);
        String name = semi > i && semi - i <= 10 ? t.substring(i + 1, semi) : "";
        String decoded = HTML_ENTITIES.get(name);
        if (decoded == null && name.matches("#[0-9]{1,7}|#x[0-9a-fA-F]{1,6}")) {
          decoded =
              Character.toString(
                  name.startsWith("#x")
                      ? Integer.parseInt(name.substring(2), 16)
                      : Integer.parseInt(name.substring(1)));
        }
        if (decoded != null) {
          out.append(decoded);
          i = semi + 1;
        } else {
          out.append('&'); // Telegram keeps an unknown entity as text
          i++;
        }
      } else if (c != '<') {
        out.append(c);
        i++;
      } else if (i + 1 < t.length() && t.charAt(i + 1) == '/') {
        int end = t.indexOf('>', i);
        if (end < 0) {
          throw cannotParse("Unclosed end tag at byte offset " + byteOffset(t, i));
        }
        String name = t.substring(i + 2, end).strip().toLowerCase(Locale.ROOT);
        if (open.isEmpty()) {
          throw cannotParse("Unexpected end tag at byte offset " + byteOffset(t, i));
        }
        if (!open.peek().equals(name)) {
          throw cannotParse(
              "Unmatched end tag at byte offset "
                  + byteOffset(t, i)
                  + ", expected \"</"
                  + open.peek()
                  + ">\", found \"</"
                  + name
                  + ">\"");
        }
        open.pop();
        i = end + 1;
      } else {
        int j = i + 1;
        while (j < t.length() && (Character.isLetterOrDigit(t.charAt(j)) || t.charAt(j) == '-')) {
          j++;
        }
        String name = t.substring(i + 1, j).toLowerCase(Locale.ROOT);
        if (!HTML_TAGS.contains(name)) {
          throw cannotParse(
              "Unsupported start tag \"" + name + "\" at byte offset " + byteOffset(t, i));
        }
        char quote = 0;
        while (j < t.length() && (quote != 0 || t.charAt(j) != '>')) {
          char a = t.charAt(j);
          quote = quote == 0 && (a == '"' || a == '\'') ? a : (a == quote ? 0 : quote);
          j++;
        }
        if (j >= t.length()) {
          throw cannotParse("Unclosed start tag at byte offset " + byteOffset(t, i));
        }
        open.push(name);
        i = j + 1;
      }
    }
    if (!open.isEmpty()) {
      throw cannotParse("Can't find end tag corresponding to start tag \"" + open.peek() + "\"");
    }
    return out.toString();
  }

  private record Open(String marker, String type, int at) {}

  private static String markdownV2(String t) throws ParseException {
    StringBuilder out = new StringBuilder(t.length());
    Deque<Open> open = new ArrayDeque<>();
    int i = 0;
    while (i < t.length()) {
      char c = t.charAt(i);
      if (c == '\\' && i + 1 < t.length() && t.charAt(i + 1) > 0 && t.charAt(i + 1) <= 126) {
        out.append(t.charAt(i + 1));
        i += 2;
        continue;
      }
      Open top = open.peek();
      boolean inCode = top != null && (top.type.equals("Code") || top.type.equals("Pre"));
      if (inCode && c != '`') {
        out.append(c);
        i++;
        continue;
      }
      if (MD2_RESERVED.indexOf(c) < 0) {
        out.append(c);
        i++;
        continue;
      }
      if (top != null && t.startsWith(top.marker, i)) {
        open.pop();
        i += top.marker.length();
        if (top.type.equals("TextUrl")) {
          i = skipUrl(t, i);
        }
        continue;
      }
      Open start = null;
      if (t.startsWith("```", i)) {
        start = new Open("```", "Pre", i);
      } else if (c == '`') {
        start = new Open("`", "Code", i);
      } else if (t.startsWith("__", i)) {
        start = new Open("__", "Underline", i);
      } else if (c == '_') {
        start = new Open("_", "Italic", i);
      } else if (c == '*') {
        start = new Open("*", "Bold", i);
      } else if (c == '~') {
        start = new Open("~", "Strikethrough", i);
      } else if (t.startsWith("||", i)) {
        start = new Open("||", "Spoiler", i);
      } else if (c == '[') {
        start = new Open("]", "TextUrl", i);
      } else if (c == '>' && (i == 0 || t.charAt(i - 1) == '\n')) {
        i++; // block quotation marker
        continue;
      }
      if (start == null) {
        throw cannotParse(
            "Character '" + c + "' is reserved and must be escaped with the preceding '\\'");
      }
      open.push(start);
      i += c == '[' ? 1 : start.marker.length();
    }
    if (!open.isEmpty()) {
      Open o = open.peek();
      throw cannotParse(
          "Can't find end of " + o.type + " entity at byte offset " + byteOffset(t, o.at));
    }
    return out.toString();
  }

  /**
   * After the {@code ]} of a text link: {@code (url)}, where {@code )} and {@code \} are escaped.
   */
  private static int skipUrl(String t, int i) throws ParseException {
    if (i >= t.length() || t.charAt(i) != '(') {
      return i;
    }
    int j = i + 1;
    while (j < t.length() && t.charAt(j) != ')') {
      j += t.charAt(j) == '\\' ? 2 : 1;
    }
    if (j >= t.length()) {
      throw cannotParse("Can't find end of a url at byte offset " + byteOffset(t, i + 1));
    }
    return j + 1;
  }

  /** Legacy Markdown: *bold*, _italic_, `code`, ```pre```, [text](url); no nesting. */
  private static String markdown(String t) throws ParseException {
    StringBuilder out = new StringBuilder(t.length());
    int i = 0;
    while (i < t.length()) {
      char c = t.charAt(i);
      if (c == '\\' && i + 1 < t.length() && "_*`[".indexOf(t.charAt(i + 1)) >= 0) {
        out.append(t.charAt(i + 1));
        i += 2;
      } else if ("_*`[".indexOf(c) >= 0) {
        String end = t.startsWith("```", i) ? "```" : c == '[' ? "]" : String.valueOf(c);
        int from = i + (c == '[' ? 1 : end.length());
        int close = t.indexOf(end, from);
        if (close < 0) {
          throw cannotParse(
              "Can't find end of the entity starting at byte offset " + byteOffset(t, i));
        }
        out.append(t, from, close);
        i = close + end.length();
        if (c == '[') {
          int paren = i < t.length() && t.charAt(i) == '(' ? t.indexOf(')', i) : -1;
          i = paren < 0 ? i : paren + 1;
        }
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  private TelegramMarkup() {}
}

package ru.flurai.crm;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * CSV that Russian Excel opens as it is (API.md §6): UTF-8 with one byte order mark, {@code ;}
 * between fields, CRLF between records, and a field quoted (its quotes doubled) when it holds a
 * {@code ;}, a quote, a line break or leading/trailing blanks. A field that a spreadsheet would run
 * as a formula ({@code = + - @} first) gets a leading apostrophe.
 */
public final class Csv {
  static final String BOM = "\uFEFF";
  private final StringBuilder out = new StringBuilder(BOM);

  /** Appends one record. */
  public Csv row(List<?> fields) {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        out.append(';');
      }
      out.append(field(fields.get(i)));
    }
    out.append("\r\n");
    return this;
  }

  public byte[] bytes() {
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  static String field(Object value) {
    if (value == null) {
      return "";
    }
    String s = value instanceof BigDecimal b ? b.toPlainString() : value.toString();
    if (!s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 && !(value instanceof Number)) {
      s = "'" + s;
    }
    boolean quote =
        s.indexOf(';') >= 0
            || s.indexOf('"') >= 0
            || s.indexOf('\n') >= 0
            || s.indexOf('\r') >= 0
            || (!s.isEmpty()
                && (Character.isWhitespace(s.charAt(0))
                    || Character.isWhitespace(s.charAt(s.length() - 1))));
    return quote ? '"' + s.replace("\"", "\"\"") + '"' : s;
  }
}

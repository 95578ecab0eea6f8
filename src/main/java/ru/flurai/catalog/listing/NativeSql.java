package ru.flurai.catalog.listing;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ru.flurai.platform.db.Rows;

/** Native SQL text with numbered parameters ({@code ?1}, {@code ?2} …), built up piece by piece. */
public final class NativeSql {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\?(\\d+)");

  private final StringBuilder text = new StringBuilder();
  private final List<Object> params = new ArrayList<>();

  /** Registers a parameter and returns its placeholder. */
  public String param(Object value) {
    params.add(value);
    return "?" + params.size();
  }

  /** Adds the next parameter for text that numbers its placeholders itself. */
  public NativeSql withParam(Object value) {
    params.add(value);
    return this;
  }

  public NativeSql append(String sql) {
    text.append(sql);
    return this;
  }

  public String text() {
    return text.toString();
  }

  public List<Object> params() {
    return Collections.unmodifiableList(params);
  }

  /**
   * The text with plain JDBC {@code ?} markers and the values in the order they occur: a
   * placeholder used twice is bound twice, so that no driver or JPA provider has to support
   * repeated numbered parameters.
   */
  public Jdbc jdbc() {
    Matcher m = PLACEHOLDER.matcher(text);
    StringBuilder out = new StringBuilder();
    List<Object> values = new ArrayList<>();
    while (m.find()) {
      values.add(params.get(Integer.parseInt(m.group(1)) - 1));
      m.appendReplacement(out, "?");
    }
    m.appendTail(out);
    return new Jdbc(out.toString(), values);
  }

  public record Jdbc(String text, List<Object> values) {}

  /** The text renumbered {@code ?1, ?2 ...} in order of occurrence, one number per value. */
  private static String numbered(Jdbc jdbc) {
    StringBuilder numbered = new StringBuilder();
    String[] parts = jdbc.text().split("\\?", -1);
    for (int i = 0; i < parts.length; i++) {
      numbered.append(parts[i]);
      if (i < parts.length - 1) {
        numbered.append('?').append(i + 1);
      }
    }
    return numbered.toString();
  }

  Query on(EntityManager em) {
    Jdbc jdbc = jdbc();
    Query q = em.createNativeQuery(numbered(jdbc));
    for (int i = 0; i < jdbc.values().size(); i++) {
      q.setParameter(i + 1, jdbc.values().get(i));
    }
    return q;
  }

  /** The rows read by column name (see {@link Rows}). */
  public List<Rows.Row> list(EntityManager em) {
    Jdbc jdbc = jdbc();
    return Rows.listOf(em, numbered(jdbc), jdbc.values());
  }
}

package ru.flurai.crm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** {@link Csv} read back by Apache Commons CSV as Excel's ';' dialect. */
class CsvTest {
  static List<CSVRecord> parse(byte[] bytes) throws Exception {
    String text = new String(bytes, StandardCharsets.UTF_8);
    assertEquals('\uFEFF', text.charAt(0), "starts with the byte order mark");
    assertEquals(-1, text.indexOf('\uFEFF', 1), "one byte order mark only");
    return CSVFormat.EXCEL
        .builder()
        .setDelimiter(';')
        .build()
        .parse(new StringReader(text.substring(1)))
        .getRecords();
  }

  @Test
  void bomThenUtf8BytesOfTheHeader() {
    byte[] bytes = new Csv().row(List.of("Телефон", "Имя")).bytes();
    assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
  }

  @Test
  void separatorsQuotesAndLineBreaksSurviveAParser() throws Exception {
    List<String> hostile =
        List.of("Анна; Мария", "Ольга \"Оля\"", "строка 1\nстрока 2", "a\r\nb", " края ", "");
    byte[] bytes = new Csv().row(List.of("h1", "h2", "h3", "h4", "h5", "h6")).row(hostile).bytes();
    List<CSVRecord> records = parse(bytes);
    assertEquals(2, records.size());
    assertEquals(List.of("h1", "h2", "h3", "h4", "h5", "h6"), records.get(0).toList());
    assertEquals(hostile, records.get(1).toList());
  }

  @Test
  void numbersArePlainAndFormulasAreDefused() throws Exception {
    List<CSVRecord> records =
        parse(
            new Csv()
                .row(Arrays.asList(new BigDecimal("1E+3"), -5, "=HYPERLINK(1)", null))
                .bytes());
    assertEquals(List.of("1000", "-5", "'=HYPERLINK(1)", ""), records.get(0).toList());
  }
}

package ru.flurai.seller;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import ru.flurai.catalog.shop.Shop;
import ru.flurai.platform.domain.Invalid;

/** Enabled preorders need a complete schedule, refused with the panel's texts (LATER.md §2.2). */
class PreorderEditTest {
  private static Shop.Preorders settings(
      boolean on, String type, Integer weekday, Integer interval, LocalDate base, String dates) {
    return new Shop.Preorders(
        on, type, weekday, interval, base, dates, 2, null, BigDecimal.ZERO, 7);
  }

  private static String refusal(Executable e) {
    return assertThrows(Invalid.class, e).detail();
  }

  @Test
  void anEnabledScheduleMustBeComplete() {
    assertEquals(
        "Выберите день недели для предзаказов",
        refusal(
            () -> PreorderEdit.requireComplete(settings(true, "weekly", null, null, null, "[]"))));
    assertEquals(
        "Укажите базовую дату и интервал в днях",
        refusal(
            () ->
                PreorderEdit.requireComplete(
                    settings(true, "interval_days", null, 10, null, "[]"))));
    assertEquals(
        "Укажите базовую дату и интервал в днях",
        refusal(
            () ->
                PreorderEdit.requireComplete(
                    settings(true, "interval_days", null, null, LocalDate.of(2030, 1, 1), "[]"))));
    assertEquals(
        "Выберите хотя бы одну дату",
        refusal(
            () ->
                PreorderEdit.requireComplete(
                    settings(true, "custom_dates", null, null, null, "[]"))));
  }

  @Test
  void completeOrSwitchedOffSchedulesPass() {
    PreorderEdit.requireComplete(settings(true, "weekly", 4, null, null, "[]"));
    PreorderEdit.requireComplete(
        settings(true, "interval_days", null, 10, LocalDate.of(2030, 1, 1), "[]"));
    PreorderEdit.requireComplete(
        settings(true, "custom_dates", null, null, null, "[\"2030-03-08\"]"));
    PreorderEdit.requireComplete(settings(false, "custom_dates", null, null, null, "[]"));
    PreorderEdit.requireComplete(settings(true, null, null, null, null, "[]"));
  }
}

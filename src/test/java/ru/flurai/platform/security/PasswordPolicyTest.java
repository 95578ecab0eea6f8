package ru.flurai.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PasswordPolicyTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      nullValues = "OK",
      value = {
        "Zx7kLm2Q        | OK",
        "Цветы2026Мир    | OK",
        "Ёжик7ёжик       | OK",
        "Zx7kLm2         | Пароль должен быть не короче 8 символов",
        "abc             | Пароль должен быть не короче 8 символов; Пароль должен содержать заглавную букву; Пароль должен содержать цифру",
        "zx7klm2qwe      | Пароль должен содержать заглавную букву",
        "ZX7KLM2QWE      | Пароль должен содержать строчную букву",
        "ZxkLmQwerty     | Пароль должен содержать цифру",
        "ЦВЕТЫ2026МИР    | Пароль должен содержать строчную букву",
        "Password1       | Этот пароль слишком распространён, выберите другой",
        "Qwerty123       | Этот пароль слишком распространён, выберите другой",
        "Flurai2026      | Этот пароль слишком распространён, выберите другой",
        "PASSword123     | Этот пароль слишком распространён, выберите другой",
      })
  void rules(String password, String expected) {
    assertEquals(Optional.ofNullable(expected), PasswordPolicy.violation(password));
  }

  @Test
  void lengthBounds() {
    String base = "Aa1";
    assertEquals(Optional.empty(), PasswordPolicy.violation(base + "x".repeat(125)));
    assertEquals(
        Optional.of("Пароль должен быть не длиннее 128 символов"),
        PasswordPolicy.violation(base + "x".repeat(126)));
    assertEquals(
        Optional.of(
            "Пароль должен быть не короче 8 символов; Пароль должен содержать строчную букву; "
                + "Пароль должен содержать заглавную букву; Пароль должен содержать цифру"),
        PasswordPolicy.violation(null));
  }
}

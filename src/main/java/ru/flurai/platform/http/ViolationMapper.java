package ru.flurai.platform.http;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Bean Validation refusals of a resource's parameters ({@code @Valid} request bodies) as {@link
 * ErrorMapper} renders every refusal: 400 {@code {"detail": ...}}. Without it the JAX-RS runtime's
 * own mapper (registered for {@code ValidationException}, nearer than {@code Throwable}) answers
 * {@code text/plain} {@code [PARAMETER][add.body.productId][Укажите product_id][]}.
 */
@Provider
public class ViolationMapper implements ExceptionMapper<ConstraintViolationException> {
  @Override
  public Response toResponse(ConstraintViolationException e) {
    return ErrorMapper.build(400, describe(e));
  }

  static String describe(ConstraintViolationException e) {
    return e.getConstraintViolations().stream()
        .map(ViolationMapper::describe)
        .sorted()
        .collect(Collectors.joining("; "));
  }

  /**
   * A constraint with its own message (a Russian sentence, often API.md's exact text) is shown as
   * is; a constraint with the default message (ValidationMessages.properties, in Russian) is
   * prefixed with the JSON field it is about.
   */
  static String describe(ConstraintViolation<?> v) {
    if (!v.getMessageTemplate().startsWith("{")) {
      return v.getMessage();
    }
    String field = "";
    for (Path.Node node : v.getPropertyPath()) {
      if (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.PARAMETER) {
        field = node.getName();
      }
    }
    return field.isEmpty() ? v.getMessage() : jsonName(field) + ": " + v.getMessage();
  }

  /**
   * The JSON name of a Java property, as JsonConfig's naming writes it: {@code deliveryPrice} is
   * {@code delivery_price}.
   */
  static String jsonName(String javaName) {
    return javaName.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
  }
}

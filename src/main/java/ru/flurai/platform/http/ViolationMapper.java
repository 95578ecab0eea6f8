package ru.flurai.platform.http;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

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
    return ErrorMapper.build(400, ErrorMapper.describe(e));
  }
}

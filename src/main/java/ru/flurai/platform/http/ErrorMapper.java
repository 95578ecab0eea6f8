package ru.flurai.platform.http;

import jakarta.inject.Inject;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import ru.flurai.platform.domain.Conflict;
import ru.flurai.platform.domain.DomainException;
import ru.flurai.platform.domain.Forbidden;
import ru.flurai.platform.domain.Invalid;
import ru.flurai.platform.domain.NotFound;
import ru.flurai.platform.domain.TooLarge;
import ru.flurai.platform.domain.TooManyRequests;
import ru.flurai.platform.domain.Unauthenticated;
import ru.flurai.platform.domain.Unavailable;
import ru.flurai.platform.domain.Unprocessable;
import ru.flurai.platform.metrics.HttpMetrics;

/**
 * Renders every failure as {@code {"detail": "<string>"}}. Unknown failures become 500 with a
 * generic text; their stack trace goes only to the log, tagged with the request id. A client that
 * went away mid-body is none of that: one FINE line, a 400 nobody reads, and {@code
 * http_client_aborts_total}.
 */
@Provider
public class ErrorMapper implements ExceptionMapper<Throwable> {
  private static final Logger LOG = Logger.getLogger(ErrorMapper.class.getName());
  private static final Map<Integer, String> STATUS_TEXT =
      Map.of(
          400, "Некорректный запрос",
          401, "Unauthorized",
          403, "Доступ запрещён",
          404, "Not Found",
          405, "Method Not Allowed",
          406, "Not Acceptable",
          413, "Слишком большой запрос",
          415, "Unsupported Media Type",
          503, "Сервис временно недоступен");
  static final String CONCURRENT_CHANGE =
      "Запрос совпал с параллельным изменением тех же данных, повторите его";
  static final String ABORTED = "Запрос прерван: тело запроса получено не полностью";

  @Inject HttpMetrics metrics;

  @Override
  public Response toResponse(Throwable e) {
    if (hasCause(e, ClientAbort.class)) {
      metrics.clientAborted();
      LOG.fine(
          () -> "[" + RequestIds.current() + "] client went away mid-request: " + e.getMessage());
      return build(400, ABORTED);
    }
    if (e instanceof ApiException api) {
      Response.ResponseBuilder r = Response.fromResponse(build(api.status(), api.detail()));
      api.headers().forEach(r::header);
      return r.build();
    }
    if (e instanceof DomainException d) {
      Response r = build(status(d), d.detail());
      return d instanceof TooManyRequests t
          ? Response.fromResponse(r).header("Retry-After", t.retryAfterSeconds()).build()
          : r;
    }
    if (e instanceof ConstraintViolationException cve) {
      return build(400, describe(cve));
    }
    if (isMalformedJson(e)) {
      return build(400, "Некорректный JSON в теле запроса");
    }
    if (e instanceof WebApplicationException wae && wae.getResponse().getStatus() < 500) {
      int status = wae.getResponse().getStatus();
      return build(status, STATUS_TEXT.getOrDefault(status, "HTTP " + status));
    }
    if (hasCause(e, SQLTransientConnectionException.class)
        || hasCause(e, SQLRecoverableException.class)) {
      LOG.log(Level.WARNING, "[" + RequestIds.current() + "] database unavailable: " + e);
      return build(503, STATUS_TEXT.get(503));
    }
    if (transactionRolledBack(e)) {
      LOG.log(
          Level.WARNING,
          "[" + RequestIds.current() + "] transaction aborted by the database: " + e);
      return build(409, CONCURRENT_CHANGE);
    }
    LOG.log(Level.SEVERE, "[" + RequestIds.current() + "] unhandled error", e);
    return build(500, "Internal server error");
  }

  /** The one place a domain refusal becomes an HTTP status. */
  static int status(DomainException e) {
    if (e instanceof NotFound) {
      return 404;
    }
    if (e instanceof Conflict) {
      return 409;
    }
    if (e instanceof Forbidden) {
      return 403;
    }
    if (e instanceof Invalid) {
      return 400;
    }
    if (e instanceof Unauthenticated) {
      return 401;
    }
    if (e instanceof TooManyRequests) {
      return 429;
    }
    if (e instanceof Unavailable) {
      return 503;
    }
    if (e instanceof TooLarge) {
      return 413;
    }
    if (e instanceof Unprocessable) {
      return 422;
    }
    throw new IllegalStateException("a DomainException kind without a status: " + e.getClass());
  }

  static Response build(int status, String detail) {
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(new ErrorBody(detail))
        .build();
  }

  static String describe(ConstraintViolationException e) {
    return e.getConstraintViolations().stream()
        .map(ErrorMapper::describe)
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

  private static boolean isMalformedJson(Throwable e) {
    return hasCause(e, JsonbException.class) || hasCause(e, JsonParsingException.class);
  }

  /**
   * SQLSTATE class 40 (deadlock, serialization failure): the database rolled back, nothing was
   * written.
   */
  static boolean transactionRolledBack(Throwable e) {
    return anyCause(
        e,
        t ->
            t instanceof SQLException sql
                && sql.getSQLState() != null
                && sql.getSQLState().startsWith("40"));
  }

  private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
    return anyCause(e, type::isInstance);
  }

  private static boolean anyCause(Throwable e, Predicate<Throwable> test) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (test.test(t)) {
        return true;
      }
    }
    return false;
  }
}

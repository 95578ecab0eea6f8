package ru.flurai.platform.http;

import jakarta.inject.Inject;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Map;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;
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

  /** Each kind of domain refusal (a feature's own kinds extend one of them) and its status. */
  private static final Map<Class<? extends DomainException>, Integer> STATUS =
      Map.of(
          NotFound.class, 404,
          Invalid.class, 400,
          Conflict.class, 409,
          Forbidden.class, 403,
          Unauthenticated.class, 401,
          TooManyRequests.class, 429,
          Unavailable.class, 503,
          TooLarge.class, 413,
          Unprocessable.class, 422);

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
    if (isMalformedJson(e)) {
      return build(400, "Некорректный JSON в теле запроса");
    }
    if (e instanceof WebApplicationException wae && wae.getResponse().getStatus() < 500) {
      int status = wae.getResponse().getStatus();
      return build(status, STATUS_TEXT.getOrDefault(status, "HTTP " + status));
    }
    if (databaseUnavailable(e)) {
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
    for (Class<?> kind = e.getClass(); kind != DomainException.class; kind = kind.getSuperclass()) {
      Integer status = STATUS.get(kind);
      if (status != null) {
        return status;
      }
    }
    throw new IllegalStateException("a DomainException kind without a status: " + e.getClass());
  }

  static Response build(int status, String detail) {
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(new ErrorBody(detail))
        .build();
  }

  private static boolean isMalformedJson(Throwable e) {
    return hasCause(e, JsonbException.class) || hasCause(e, JsonParsingException.class);
  }

  /**
   * The database could not be reached or went away mid-request (the pool's timeout, SQLSTATE class
   * 08 connection exceptions such as a refused or closed connection, 57P01–57P03 shutdown and
   * "cannot connect now"): a 503 at once, never a 500 (RELIABILITY.md, the primary stopped).
   */
  static boolean databaseUnavailable(Throwable e) {
    return hasCause(e, SQLTransientConnectionException.class)
        || hasCause(e, SQLRecoverableException.class)
        || anyCause(
            e,
            t ->
                t instanceof SQLException sql
                    && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08")
                        || sql.getSQLState().matches("57P0[123]")));
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

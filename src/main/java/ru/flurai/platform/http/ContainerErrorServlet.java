package ru.flurai.platform.http;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The default error page (WEB-INF/web.xml): errors the web container raises itself, before JAX-RS,
 * such as a request URI with an encoded backslash, slash or NUL, or a malformed %-escape. They get
 * the one error shape, {@code {"detail": ...}}, with the container's status, instead of its HTML
 * page with class names.
 */
@WebServlet(urlPatterns = "/_container-error", asyncSupported = true)
public class ContainerErrorServlet extends HttpServlet {
  static final String BAD_URI = "Некорректный адрес запроса";
  static final String FAILED = "Внутренняя ошибка сервера";

  @Override
  protected void service(HttpServletRequest req, HttpServletResponse res) throws IOException {
    Object code = req.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int status = code instanceof Integer i && i >= 400 ? i : 404;
    String detail = status >= 500 ? FAILED : status == 404 ? "Не найдено" : BAD_URI;
    res.resetBuffer();
    res.setStatus(status);
    res.setContentType("application/json");
    res.setCharacterEncoding("UTF-8");
    byte[] body = ("{\"detail\":\"" + detail + "\"}").getBytes(StandardCharsets.UTF_8);
    res.setContentLength(body.length);
    res.getOutputStream().write(body);
  }
}

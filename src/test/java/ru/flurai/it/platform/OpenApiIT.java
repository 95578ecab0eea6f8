package ru.flurai.it.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.flurai.it.Stack.api;

import io.restassured.path.json.JsonPath;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import ru.flurai.it.ServerTest;

/**
 * The OpenAPI document lists every resource path the server has: the paths are computed from the
 * compiled resource classes, so a new endpoint without documentation fails here.
 */
public class OpenApiIT extends ServerTest {

  @Test
  public void documentCoversEveryResourcePath() throws Exception {
    JsonPath doc =
        api()
            .accept("application/json")
            .get("/openapi")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    Map<String, Object> paths = doc.getMap("paths");
    TreeSet<String> missing = new TreeSet<>();
    TreeSet<String> resources = resourcePaths();
    assertFalse(resources.isEmpty());
    for (String path : resources) {
      if (!paths.containsKey(path)) {
        missing.add(path);
      }
    }
    assertTrue(
        missing.isEmpty(), "not in /openapi: " + missing + "; documented: " + paths.keySet());
    assertTrue(
        doc.getMap("components.securitySchemes")
            .keySet()
            .containsAll(List.of("buyerJwt", "telegramInitData", "sellerToken", "adminToken")));
    assertTrue(doc.getMap("components.schemas").containsKey("ErrorBody"));
  }

  @Test
  public void uiIsServed() {
    api().get("/openapi/ui/").then().statusCode(200);
  }

  private static TreeSet<String> resourcePaths() throws IOException, ClassNotFoundException {
    java.nio.file.Path classes = java.nio.file.Path.of("target/classes");
    TreeSet<String> out = new TreeSet<>();
    try (var files = Files.walk(classes)) {
      for (java.nio.file.Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
        String name =
            classes.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", "");
        Class<?> type = Class.forName(name, false, OpenApiIT.class.getClassLoader());
        Path base = type.getAnnotation(Path.class);
        if (base == null) {
          continue;
        }
        for (Method m : type.getDeclaredMethods()) {
          if (isHttpMethod(m)) {
            Path sub = m.getAnnotation(Path.class);
            out.add(normalize(base.value() + "/" + (sub == null ? "" : sub.value())));
          }
        }
      }
    }
    return out;
  }

  private static boolean isHttpMethod(Method m) {
    for (var a : m.getAnnotations()) {
      if (a.annotationType().isAnnotationPresent(HttpMethod.class)) {
        return true;
      }
    }
    return false;
  }

  /** "/public//districts/{city_id: \\d+}" → "/public/districts/{city_id}". */
  public static String normalize(String path) {
    String p = path.replaceAll("\\{\\s*([A-Za-z0-9_]+)\\s*:[^}]*}", "{$1}").replaceAll("/+", "/");
    if (p.length() > 1 && p.endsWith("/")) {
      p = p.substring(0, p.length() - 1);
    }
    return p.startsWith("/") ? p : "/" + p;
  }
}

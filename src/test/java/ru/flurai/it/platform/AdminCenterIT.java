package ru.flurai.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import ru.flurai.devstack.TestSecrets;
import ru.flurai.it.ExtraServer;
import ru.flurai.it.Fixtures;
import ru.flurai.it.ServerTest;
import ru.flurai.it.Stack;
import ru.flurai.platform.config.DevDefaults;

/**
 * The Liberty Admin Center (adminCenter-1.0) and the REST endpoints it brings (/ibm/api,
 * /IBMJMXConnectorREST), on the build's server: over HTTPS the Liberty operator account
 * (quickStartSecurity, LIBERTY_ADMIN_USER / LIBERTY_ADMIN_PASSWORD) logs in with the Admin Center's
 * form and gets its page; nobody else gets anything, neither anonymous callers, a wrong password,
 * the platform admin's credentials nor Flurai seller/admin tokens; plain HTTP only redirects to the
 * HTTPS port and never logs anyone in.
 *
 * <p>The server's certificate is self-signed (Liberty generates it into the server's key.p12 at
 * first start); this test trusts exactly that certificate, and checks the host name against it (it
 * lists 127.0.0.1).
 */
public class AdminCenterIT extends ServerTest {
  private static final String HTTPS = "https://127.0.0.1:" + Stack.httpsPort();
  private static final String HTTP = Stack.baseUrl();
  private static final List<String> API = List.of("/ibm/api/", "/IBMJMXConnectorREST/mbeanCount");

  @Test
  public void theLibertyAdminLogsInOverHttpsAndGetsTheAdminCenter() throws Exception {
    HttpClient browser = client();
    var entry = send(browser, get(HTTPS + "/adminCenter/"));
    assertEquals(302, entry.statusCode());
    assertEquals(HTTPS + "/adminCenter/login.jsp", location(entry));

    var login = send(browser, get(location(entry)));
    assertEquals(200, login.statusCode());
    assertTrue(
        login.body().contains("<title id=\"loginTabTitle\">Liberty Admin Center</title>"),
        login.body());
    assertTrue(login.body().contains("action=\"j_security_check\""), "no login form");

    var loggedIn =
        formLogin(
            browser, HTTPS, TestSecrets.LIBERTY_ADMIN_USER, TestSecrets.LIBERTY_ADMIN_PASSWORD);
    assertEquals(302, loggedIn.statusCode());
    assertEquals(HTTPS + "/adminCenter/", location(loggedIn));
    String ltpa = setCookie(loggedIn, "LtpaToken2");
    assertTrue(ltpa.contains("Secure") && ltpa.contains("HttpOnly"), ltpa);

    var page = send(browser, get(HTTPS + "/adminCenter/"));
    assertEquals(200, page.statusCode());
    assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
    assertTrue(page.body().contains("js/widgets/LibertyToolbox"), "not the Admin Center toolbox");
    assertTrue(
        page.body().contains("userName=\"" + TestSecrets.LIBERTY_ADMIN_USER + "\""),
        "not logged in as the " + "configured user");
    var api = send(browser, get(HTTPS + "/ibm/api/"));
    assertEquals(200, api.statusCode());
    assertTrue(api.body().contains("\"roots\""), api.body());

    var basic =
        send(
            client(),
            get(HTTPS + "/IBMJMXConnectorREST/mbeanCount")
                .header(
                    "Authorization",
                    basic(TestSecrets.LIBERTY_ADMIN_USER, TestSecrets.LIBERTY_ADMIN_PASSWORD)));
    assertEquals(200, basic.statusCode());
  }

  @Test
  public void withoutTheLibertyAdminsCredentialsNothingIsServed() throws Exception {
    HttpClient anonymous = client();
    assertLoginPage(send(anonymous, get(HTTPS + "/adminCenter/")));
    for (String path : API) {
      assertEquals(401, send(anonymous, get(HTTPS + path)).statusCode(), path);
    }

    HttpClient wrong = client();
    var refused = formLogin(wrong, HTTPS, TestSecrets.LIBERTY_ADMIN_USER, "Wr0ngPassword");
    assertEquals(302, refused.statusCode());
    assertTrue(location(refused).startsWith(HTTPS + "/adminCenter/login.jsp?"), location(refused));
    assertFalse(hasCookie(refused, "LtpaToken2"), "a session for a wrong password");
    assertLoginPage(send(wrong, get(HTTPS + "/adminCenter/")));

    // The platform admin's credentials belong to the application, not to Liberty's registry.
    for (String[] credentials :
        new String[][] {
          {TestSecrets.LIBERTY_ADMIN_USER, "Wr0ngPassword"},
          {TestSecrets.ADMIN_LOGIN, TestSecrets.ADMIN_PASSWORD}
        }) {
      for (String path : API) {
        assertEquals(
            401,
            send(
                    client(),
                    get(HTTPS + path)
                        .header("Authorization", basic(credentials[0], credentials[1])))
                .statusCode(),
            credentials[0] + " " + path);
      }
    }
    HttpClient platformAdmin = client();
    assertFalse(
        hasCookie(
            formLogin(platformAdmin, HTTPS, TestSecrets.ADMIN_LOGIN, TestSecrets.ADMIN_PASSWORD),
            "LtpaToken2"));
    assertLoginPage(send(platformAdmin, get(HTTPS + "/adminCenter/")));
  }

  @Test
  public void fluraiSellerAndAdminTokensOpenNothing() throws Exception {
    String seller = Fixtures.sellerToken(Fixtures.seller());
    String admin = Fixtures.adminToken();
    for (String[] token :
        new String[][] {
          {"Authorization", "Bearer " + seller}, {"X-Seller-Token", seller},
          {"Authorization", "Bearer " + admin}, {"X-Admin-Token", admin}
        }) {
      String header = token[0];
      assertLoginPage(send(client(), get(HTTPS + "/adminCenter/").header(header, token[1])));
      for (String path : API) {
        int status = send(client(), get(HTTPS + path).header(header, token[1])).statusCode();
        assertTrue(status == 401 || status == 403, header + " " + path + ": " + status);
      }
    }
  }

  /**
   * Plain HTTP redirects to the HTTPS port (the Admin Center's and the REST connector's transport
   * guarantee).
   */
  @Test
  public void plainHttpOnlyRedirectsToHttpsAndLogsNobodyIn() throws Exception {
    String valid = basic(TestSecrets.LIBERTY_ADMIN_USER, TestSecrets.LIBERTY_ADMIN_PASSWORD);
    for (String path :
        List.of(
            "/adminCenter/",
            "/adminCenter/login.jsp",
            "/ibm/api/",
            "/IBMJMXConnectorREST/mbeanCount")) {
      var r = send(client(), get(HTTP + path).header("Authorization", valid));
      assertEquals(302, r.statusCode(), path);
      assertEquals(HTTPS + path, location(r), path);
      assertFalse(
          r.body().contains("Admin Center") || r.body().contains("roots"), path + ": " + r.body());
    }
    HttpClient browser = client();
    var login =
        formLogin(
            browser, HTTP, TestSecrets.LIBERTY_ADMIN_USER, TestSecrets.LIBERTY_ADMIN_PASSWORD);
    assertEquals(302, login.statusCode());
    assertTrue(location(login).startsWith(HTTPS + "/adminCenter/login.jsp"), location(login));
    assertFalse(hasCookie(login, "LtpaToken2"), "a session cookie over plain HTTP");
  }

  private static void assertLoginPage(HttpResponse<String> r) {
    assertEquals(302, r.statusCode(), r.body());
    assertEquals(HTTPS + "/adminCenter/login.jsp", location(r));
  }

  /** What the login page's form posts: user, password and the CSRF cookie's value. */
  private static HttpResponse<String> formLogin(
      HttpClient browser, String base, String user, String password) throws Exception {
    send(browser, get(HTTPS + "/adminCenter/login.jsp"));
    String csrf =
        ((CookieManager) browser.cookieHandler().orElseThrow())
            .getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("csrfToken"))
                .map(HttpCookie::getValue)
                .findFirst()
                .orElse("");
    String form =
        Map.of("j_username", user, "j_password", password, "X-CSRF-Token", csrf).entrySet().stream()
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return send(
        browser,
        HttpRequest.newBuilder(URI.create(base + "/adminCenter/j_security_check"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form)));
  }

  private static HttpRequest.Builder get(String url) {
    return HttpRequest.newBuilder(URI.create(url)).GET();
  }

  private static HttpResponse<String> send(HttpClient c, HttpRequest.Builder request)
      throws Exception {
    return c.send(
        request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String location(HttpResponse<String> r) {
    return r.headers().firstValue("Location").orElse("");
  }

  private static boolean hasCookie(HttpResponse<String> r, String name) {
    return r.headers().allValues("Set-Cookie").stream()
        .anyMatch(c -> c.startsWith(name + "=") && !c.startsWith(name + "=\"\""));
  }

  private static String setCookie(HttpResponse<String> r, String name) {
    return r.headers().allValues("Set-Cookie").stream()
        .filter(c -> c.startsWith(name + "="))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + name + " cookie: " + r.headers().map()));
  }

  private static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * A browser of its own (cookies, no redirects followed) that trusts only the server's own
   * certificate.
   */
  private static HttpClient client() throws Exception {
    return HttpClient.newBuilder()
        .sslContext(TRUST)
        .cookieHandler(new CookieManager())
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(Duration.ofSeconds(10))
        .build();
  }

  private static final SSLContext TRUST = serverCertificateOnly();

  private static SSLContext serverCertificateOnly() {
    Path keyStore =
        Path.of(
            System.getProperty("liberty.install.dir", "target/liberty/wlp"),
            "usr/servers",
            System.getProperty("liberty.server.name", "defaultServer"),
            "resources/security/key.p12");
    try (InputStream in = Files.newInputStream(keyStore)) {
      String password =
          ExtraServer.testServerVariables()
              .getOrDefault("KEYSTORE_PASSWORD", DevDefaults.KEYSTORE_PASSWORD);
      KeyStore server = KeyStore.getInstance("PKCS12");
      server.load(in, password.toCharArray());
      Certificate certificate = server.getCertificate("default");
      KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
      trusted.load(null, null);
      trusted.setCertificateEntry("liberty", certificate);
      TrustManagerFactory tmf =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      tmf.init(trusted);
      SSLContext ssl = SSLContext.getInstance("TLS");
      ssl.init(null, tmf.getTrustManagers(), null);
      return ssl;
    } catch (Exception e) {
      throw new IllegalStateException("cannot read the server's certificate from " + keyStore, e);
    }
  }
}

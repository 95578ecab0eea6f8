package ru.flurai.identity;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Builds Telegram initData the way Telegram does, independently of the production code (its own
 * HMAC calls), so tests check the validator against Telegram's published algorithm rather than
 * against itself.
 */
public final class InitDataSigner {
  private InitDataSigner() {}

  public static String sign(String botToken, long userId, String firstName, long authDate) {
    Map<String, String> fields = new TreeMap<>();
    fields.put("auth_date", Long.toString(authDate));
    fields.put("query_id", "AAHdF6IQAAAAAN0XohDhrOrc");
    fields.put(
        "user",
        "{\"id\":"
            + userId
            + ",\"first_name\":\""
            + firstName
            + "\",\"last_name\":\"Тест\",\"username\":\"user"
            + userId
            + "\",\"language_code\":\"ru\"}");
    return sign(botToken, fields);
  }

  public static String sign(String botToken, Map<String, String> fields) {
    String check =
        new TreeMap<>(fields)
            .entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("\n"));
    byte[] secret =
        hmac(
            "WebAppData".getBytes(StandardCharsets.UTF_8),
            botToken.getBytes(StandardCharsets.UTF_8));
    String hash = HexFormat.of().formatHex(hmac(secret, check.getBytes(StandardCharsets.UTF_8)));
    return fields.entrySet().stream()
            .map(e -> e.getKey() + "=" + enc(e.getValue()))
            .collect(Collectors.joining("&"))
        + "&hash="
        + hash;
  }

  static byte[] hmac(byte[] key, byte[] data) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(data);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }
}

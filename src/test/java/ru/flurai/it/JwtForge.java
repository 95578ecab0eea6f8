package ru.flurai.it;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import ru.flurai.platform.config.DevDefaults;

/** Tokens the server must refuse: expired but correctly signed, and unsigned (alg "none"). */
public final class JwtForge {
  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

  private JwtForge() {}

  public static String expired(String role, String subject) {
    long now = Instant.now().getEpochSecond();
    String header = b64("{\"alg\":\"HS256\",\"typ\":\"JWT\"}");
    String body =
        b64(
            "{\"iss\":\"flurai\",\"aud\":\"flurai\",\"sub\":\""
                + subject
                + "\",\"role\":\""
                + role
                + "\",\"tid\":\"forged-"
                + now
                + "\",\"iat\":"
                + (now - 7200)
                + ",\"exp\":"
                + (now - 3600)
                + "}");
    return header + "." + body + "." + sign(header + "." + body);
  }

  public static String unsigned(String role, String subject) {
    long now = Instant.now().getEpochSecond();
    return b64("{\"alg\":\"none\",\"typ\":\"JWT\"}")
        + "."
        + b64(
            "{\"iss\":\"flurai\",\"aud\":\"flurai\",\"sub\":\""
                + subject
                + "\",\"role\":\""
                + role
                + "\",\"tid\":\"x\",\"iat\":"
                + now
                + ",\"exp\":"
                + (now + 3600)
                + "}")
        + ".";
  }

  private static String b64(String json) {
    return B64.encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }

  private static String sign(String data) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(
          new SecretKeySpec(DevDefaults.JWT_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return B64.encodeToString(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}

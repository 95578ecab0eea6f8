package ru.flurai.platform.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import ru.flurai.platform.config.FluraiConfig;

/** The client's IP address, believing X-Forwarded-For only from TRUSTED_PROXIES. */
@ApplicationScoped
public class ClientAddress {
  private TrustedProxies proxies;

  @Inject
  void init(FluraiConfig config) {
    proxies = new TrustedProxies(config.trustedProxies());
  }

  public String of(HttpServletRequest request) {
    return proxies.clientIp(request);
  }
}

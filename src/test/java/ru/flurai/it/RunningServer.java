package ru.flurai.it;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Points MicroShed Testing's manual mode at the server the build started: its address is only known
 * once the stack is up ({@code target/stack/stack.properties}), so it is set here, as system
 * properties, before MicroShed's own extension reads them. Waits for readiness first ({@link
 * Stack}'s static initialiser).
 */
public final class RunningServer implements BeforeAllCallback {
  @Override
  public void beforeAll(ExtensionContext context) {
    System.setProperty("microshed_manual_env", "true");
    System.setProperty("microshed_hostname", "127.0.0.1");
    System.setProperty("microshed_http_port", String.valueOf(Stack.httpPort()));
  }
}

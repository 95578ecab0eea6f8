package ru.flurai.incontainer;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * The test archives' metric registry: counts nothing and registers nothing. The server's
 * application registry is shared with the real WAR, whose business and housekeeping counters have
 * the same names; a test application registering them would count into them and unregister them
 * when it is undeployed.
 */
@Alternative
@Priority(1000)
@Dependent
public class InertMetrics {
  @Produces
  @Alternative
  @Priority(1000)
  MetricRegistry registry() {
    return Noop.of(MetricRegistry.class);
  }

  /**
   * Answers every call with nothing: zero, false, null, or another such object for an interface
   * type.
   */
  static final class Noop implements InvocationHandler {
    static <T> T of(Class<T> type) {
      return type.cast(
          Proxy.newProxyInstance(
              InertMetrics.class.getClassLoader(), new Class<?>[] {type}, new Noop()));
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) {
      Class<?> r = method.getReturnType();
      return switch (method.getName()) {
        case "equals" -> proxy == args[0];
        case "hashCode" -> System.identityHashCode(proxy);
        case "toString" -> "inert " + method.getDeclaringClass().getSimpleName();
        default ->
            r == void.class
                ? null
                : r == boolean.class
                    ? false
                    : r == long.class
                        ? 0L
                        : r == int.class
                            ? 0
                            : r == double.class
                                ? 0d
                                : r.isInterface()
                                        && r.getName()
                                            .startsWith("org.eclipse.microprofile.metrics")
                                    ? of(r)
                                    : null;
      };
    }
  }
}

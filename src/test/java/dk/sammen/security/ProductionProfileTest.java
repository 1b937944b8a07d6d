package dk.sammen.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.sammen.Application;
import dk.sammen.scoping.ScopingService;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

/** The prod profile starts without sample data and refuses published default passwords. */
@org.junit.jupiter.api.Order(1) // starts its own application context: see junit-platform.properties
class ProductionProfileTest {

    private static ConfigurableApplicationContext prod(String dataDir, String adminPassword) {
        return new SpringApplicationBuilder(Application.class).profiles("prod")
                .run("--sammen.data-dir=" + dataDir, "--server.port=0", "--sammen.admin.initial-password=" + adminPassword);
    }

    private static String freshDataDir() {
        return Path.of("target", "test-data", "prod-" + UUID.randomUUID()).toAbsolutePath().toString();
    }

    @Test
    void production_refuses_to_start_with_a_published_default_password() {
        assertThatThrownBy(() -> prod(freshDataDir(), "sammen-demo-2026").close())
                .hasStackTraceContaining("SAMMEN_ADMIN_INITIAL_PASSWORD");
        assertThatThrownBy(() -> prod(freshDataDir(), "").close())
                .hasStackTraceContaining("SAMMEN_ADMIN_INITIAL_PASSWORD");
    }

    @Test
    void production_starts_with_no_sample_data_and_the_configured_administrator() {
        try (var context = prod(freshDataDir(), "a-real-secret-2026")) {
            var admin = context.getBean(AuthenticationProvider.class)
                    .authenticate(UsernamePasswordAuthenticationToken.unauthenticated("admin", "a-real-secret-2026"));
            assertThat(admin.getAuthorities()).extracting(Object::toString).contains("ROLE_ADMIN");
            assertThat(dk.sammen.TestUsers.as("admin", () -> context.getBean(AccountService.class).allUsers())).hasSize(1);
            assertThat(dk.sammen.TestUsers.as("admin", () -> context.getBean(ScopingService.class).myScopings())).isEmpty();
            // The administrator is shown the first steps until there are departments and people.
            var directory = context.getBean(dk.sammen.directory.DirectoryService.class);
            assertThat(dk.sammen.TestUsers.as("admin", directory::isFirstStart)).isTrue();
            dk.sammen.TestUsers.run("admin", () -> directory.createDepartment("Byudvikling", "BU"));
            assertThat(dk.sammen.TestUsers.as("admin", directory::isFirstStart)).as("still no people").isTrue();
        }
    }

    /**
     * A load balancer asks each node whether it is up and ready, without signing in (issue 14);
     * it learns nothing else, and no other management endpoint is reachable.
     */
    @Test
    void the_load_balancer_may_ask_for_health_and_readiness_and_for_nothing_else() throws Exception {
        try (var context = prod(freshDataDir(), "a-real-secret-2026")) {
            String base = "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
            var http = java.net.http.HttpClient.newBuilder().followRedirects(java.net.http.HttpClient.Redirect.NEVER).build();
            java.util.function.Function<String, java.net.http.HttpResponse<String>> get = path -> {
                try {
                    return http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + path)).build(),
                            java.net.http.HttpResponse.BodyHandlers.ofString());
                } catch (java.io.IOException | InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            };
            for (String path : java.util.List.of("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness")) {
                var answer = get.apply(path);
                assertThat(answer.statusCode()).as(path).isEqualTo(200);
                assertThat(answer.body()).as(path).contains("\"status\":\"UP\"").doesNotContain("components").doesNotContain("details");
            }
            for (String path : java.util.List.of("/actuator", "/actuator/env", "/actuator/beans", "/actuator/health/db")) {
                var answer = get.apply(path);
                assertThat(answer.statusCode()).as(path).isNotEqualTo(200);
                assertThat(answer.body()).as(path).doesNotContain("\"status\"").doesNotContain("jdbc");
            }
        }
    }
}

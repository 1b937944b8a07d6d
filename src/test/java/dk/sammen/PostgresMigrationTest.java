package dk.sammen;

import static dk.sammen.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;

import dk.sammen.canvas.CanvasService;
import dk.sammen.canvas.FieldRef;
import dk.sammen.canvas.StoredValue;
import dk.sammen.canvas.TableRef;
import dk.sammen.scoping.ScopingId;
import dk.sammen.scoping.ScopingService;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * The same Flyway migrations and the same services on a real PostgreSQL server: a throw-away
 * cluster from the machine's PostgreSQL packages (no Docker here), started for this test only.
 */
@org.junit.jupiter.api.Order(1) // starts its own application context: see junit-platform.properties
class PostgresMigrationTest {

    @Test
    void the_migrations_and_the_services_run_on_postgresql() throws Exception {
        var bin = ThrowawayPostgres.binaries();
        Assumptions.assumeTrue(bin.isPresent(), "no PostgreSQL server binaries found (/usr/lib/postgresql/*/bin)");
        try (ThrowawayPostgres postgres = ThrowawayPostgres.start(bin.get())) {
            List<String> arguments = new ArrayList<>(List.of("--server.port=0"));
            arguments.addAll(postgres.springArguments());
            try (var context = new SpringApplicationBuilder(Application.class).profiles("dev", "postgres").run(arguments.toArray(String[]::new))) {
                ScopingService scopings = context.getBean(ScopingService.class);
                CanvasService canvas = context.getBean(CanvasService.class);
                ScopingId id = as("nanna", () -> scopings.myScopings()).stream()
                .filter(s -> s.title().equals("Cyklisters adfærd ved vejarbejde")).findFirst().orElseThrow().id();
                as("kamilla", () -> canvas.save(id, FieldRef.joint("ways", "forum"), "Fælles møde – æøå", StoredValue.NEW));
                as("kamilla", () -> canvas.addRow(id, new TableRef("risks", "risks"), Map.of("risk", "Travlhed")));
                var content = as("eva", () -> canvas.content(id));
                assertThat(content.text(FieldRef.joint("ways", "forum"))).isEqualTo("Fælles møde – æøå");
                assertThat(content.rows(new TableRef("risks", "risks"))).hasSize(1);
                assertThat(as("eva", () -> canvas.resourceSplit(id)).balanced()).isTrue();
                // Departments, people, deactivation, import, links, password rules and the audit, as on H2.
                new dk.sammen.directory.AdministrationScenarios(context).all();
            }
        }
    }
}

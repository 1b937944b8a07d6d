package dk.sammen;

import static dk.sammen.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;

import dk.sammen.canvas.CanvasService;
import dk.sammen.canvas.FieldRef;
import dk.sammen.canvas.StoredValue;
import dk.sammen.canvas.TableRef;
import dk.sammen.scoping.ScopingId;
import dk.sammen.scoping.ScopingService;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** What was saved is there after the application is stopped and started again on the same database file. */
@org.junit.jupiter.api.Order(1) // starts its own application context: see junit-platform.properties
class RestartTest {

    @Test
    void saved_content_survives_a_restart() {
        String dataDir = Path.of("target", "test-data", "restart-" + UUID.randomUUID()).toAbsolutePath().toString();
        ScopingId id;
        try (ConfigurableApplicationContext first = start(dataDir)) {
            ScopingService scopings = first.getBean(ScopingService.class);
            CanvasService canvas = first.getBean(CanvasService.class);
            id = as("nanna", () -> scopings.myScopings()).stream()
                    .filter(s -> s.title().equals("Cyklisters adfærd ved vejarbejde")).findFirst().orElseThrow().id();
            as("kamilla", () -> canvas.save(id, FieldRef.joint("ways", "forum"), "Styregruppen hver 14. dag", StoredValue.NEW));
            as("mette", () -> canvas.addRow(id, new TableRef("risks", "risks"), Map.of("risk", "Sommerferie")));
        }
        try (ConfigurableApplicationContext second = start(dataDir)) {
            CanvasService canvas = second.getBean(CanvasService.class);
            var content = as("eva", () -> canvas.content(id));
            assertThat(content.text(FieldRef.joint("ways", "forum"))).isEqualTo("Styregruppen hver 14. dag");
            assertThat(content.rows(new TableRef("risks", "risks"))).extracting(r -> r.cell("risk")).containsExactly("Sommerferie");
            // Sample data is only written to an empty database: still exactly the two sample scopings.
            assertThat(as("nanna", () -> second.getBean(ScopingService.class).myScopings())).hasSize(2);
        }
    }

    private static ConfigurableApplicationContext start(String dataDir) {
        return new SpringApplicationBuilder(Application.class)
                .profiles("dev")
                .run("--sammen.data-dir=" + dataDir, "--server.port=0");
    }
}

package dk.sammen;

import static dk.sammen.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;

import dk.sammen.canvas.CanvasService;
import dk.sammen.canvas.FieldRef;
import dk.sammen.canvas.StoredValue;
import dk.sammen.canvas.TableRef;
import dk.sammen.scoping.ScopingId;
import dk.sammen.scoping.ScopingService;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
        Path bin = postgresBin().orElse(null);
        Assumptions.assumeTrue(bin != null, "no PostgreSQL server binaries found (/usr/lib/postgresql/*/bin)");
        Path dir = Files.createTempDirectory("sammen-pg");
        int port = freePort();
        boolean root = "root".equals(System.getProperty("user.name"));
        if (root) run(List.of("chown", "-R", "postgres", dir.toString()), false); // initdb refuses to run as root
        try {
            run(List.of(bin.resolve("initdb").toString(), "-D", dir.resolve("data").toString(), "-U", "sammen", "--auth=trust",
                    "-E", "UTF8", "--no-sync"), root);
            run(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-w", "-l", dir.resolve("log").toString(),
                    "-o", "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off", "start"), root);
            try (var context = new SpringApplicationBuilder(Application.class).profiles("dev", "postgres")
                    .run("--server.port=0", "--spring.datasource.url=jdbc:postgresql://127.0.0.1:" + port + "/postgres",
                            "--spring.datasource.username=sammen", "--spring.datasource.password=")) {
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
            }
        } finally {
            run(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-m", "immediate", "stop"), root);
            try (var files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    private static Optional<Path> postgresBin() {
        File[] versions = new File("/usr/lib/postgresql").listFiles();
        if (versions == null) return Optional.empty();
        return Arrays.stream(versions).map(v -> v.toPath().resolve("bin"))
                .filter(b -> Files.isExecutable(b.resolve("initdb")) && Files.isExecutable(b.resolve("pg_ctl")))
                .max(Comparator.naturalOrder());
    }

    private static void run(List<String> command, boolean asPostgresUser) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>();
        if (asPostgresUser) full.addAll(List.of("runuser", "-u", "postgres", "--"));
        full.addAll(command);
        Process p = new ProcessBuilder(full).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0) throw new IllegalStateException(String.join(" ", full) + " failed:\n" + out);
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}

package dk.sammen;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Sammen servers of one cluster for a test: each its own application context on the same throw-away PostgreSQL. */
public final class ClusterServers {

    private ClusterServers() {
    }

    /** The Spring arguments of a cluster server on this database (web server on a free port, sample data, no morning round). */
    public static List<String> arguments(ThrowawayPostgres postgres) {
        List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--sammen.cluster=true",
                "--sammen.notifications.schedule=false", "--sammen.data-dir=target/test-data/" + UUID.randomUUID()));
        arguments.addAll(postgres.springArguments());
        return arguments;
    }

    public static ConfigurableApplicationContext start(ThrowawayPostgres postgres, String... more) {
        List<String> arguments = arguments(postgres);
        arguments.addAll(List.of(more));
        return new SpringApplicationBuilder(Application.class).profiles("dev", "postgres").run(arguments.toArray(String[]::new));
    }
}

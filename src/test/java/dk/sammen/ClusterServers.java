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

    /**
     * The Spring arguments of a cluster server on this database (web server on a free port, sample
     * data, no morning round, a data folder of its own and the cluster's one signing keystore).
     */
    public static List<String> arguments(ThrowawayPostgres postgres) {
        List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--sammen.cluster=true",
                "--sammen.notifications.schedule=false", "--sammen.data-dir=target/test-data/" + UUID.randomUUID(),
                "--sammen.signing.keystore=" + keystore(postgres)));
        arguments.addAll(postgres.springArguments());
        return arguments;
    }

    /** One keystore for all servers on this database, as an organisation would share one. */
    public static String keystore(ThrowawayPostgres postgres) {
        return "target/test-data/cluster-" + postgres.port() + "/charter-signing.p12";
    }

    public static ConfigurableApplicationContext start(ThrowawayPostgres postgres, String... more) {
        List<String> arguments = arguments(postgres);
        arguments.addAll(List.of(more));
        return new SpringApplicationBuilder(Application.class).profiles("dev", "postgres").run(arguments.toArray(String[]::new));
    }
}

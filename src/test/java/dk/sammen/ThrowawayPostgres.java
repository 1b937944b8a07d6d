package dk.sammen;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A PostgreSQL server of its own for one test: a throw-away cluster made with the machine's
 * PostgreSQL packages (no Docker here), which a test can also stop and start again.
 */
public final class ThrowawayPostgres implements AutoCloseable {

    private final Path bin;
    private final Path dir;
    private final int port;
    private final boolean root = "root".equals(System.getProperty("user.name"));

    private ThrowawayPostgres(Path bin) throws IOException, InterruptedException {
        this.bin = bin;
        this.dir = Files.createTempDirectory("sammen-pg");
        try (ServerSocket s = new ServerSocket(0)) {
            this.port = s.getLocalPort();
        }
        if (root) run(List.of("chown", "-R", "postgres", dir.toString()), false); // initdb refuses to run as root
        run(List.of(bin.resolve("initdb").toString(), "-D", dir.resolve("data").toString(), "-U", "sammen", "--auth=trust",
                "-E", "UTF8", "--no-sync"), root);
        start();
    }

    /** The server binaries, if this machine has them (/usr/lib/postgresql/VERSION/bin). */
    public static Optional<Path> binaries() {
        File[] versions = new File("/usr/lib/postgresql").listFiles();
        if (versions == null) return Optional.empty();
        return Arrays.stream(versions).map(v -> v.toPath().resolve("bin"))
                .filter(b -> Files.isExecutable(b.resolve("initdb")) && Files.isExecutable(b.resolve("pg_ctl")))
                .max(Comparator.naturalOrder());
    }

    public static ThrowawayPostgres start(Path bin) throws IOException, InterruptedException {
        return new ThrowawayPostgres(bin);
    }

    public int port() {
        return port;
    }

    /** Spring arguments that point the application at this server. */
    public List<String> springArguments() {
        return List.of("--spring.datasource.url=jdbc:postgresql://127.0.0.1:" + port + "/postgres",
                "--spring.datasource.username=sammen", "--spring.datasource.password=");
    }

    public void start() throws IOException, InterruptedException {
        run(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-w", "-l", dir.resolve("log").toString(),
                "-o", "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off", "start"), root);
    }

    /** Stops the server the way an outage would: open connections are cut. */
    public void stop() throws IOException, InterruptedException {
        run(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-m", "fast", "-w", "stop"), root);
    }

    @Override
    public void close() throws IOException, InterruptedException {
        run(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-m", "immediate", "stop"), root, true);
        try (var files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }

    private static void run(List<String> command, boolean asPostgresUser) throws IOException, InterruptedException {
        run(command, asPostgresUser, false);
    }

    private static void run(List<String> command, boolean asPostgresUser, boolean mayFail) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>();
        if (asPostgresUser) full.addAll(List.of("runuser", "-u", "postgres", "--"));
        full.addAll(command);
        Process p = new ProcessBuilder(full).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0 && !mayFail) throw new IllegalStateException(String.join(" ", full) + " failed:\n" + out);
    }
}

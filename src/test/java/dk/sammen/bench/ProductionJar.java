package dk.sammen.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

/**
 * The production jar running as its own process (dev profile for the sample people and scopings,
 * a fresh data folder), for the benchmarks that drive it from outside.
 */
final class ProductionJar implements AutoCloseable {

    final Path jar;
    final String base;
    final Path log;
    private final Process process;

    private ProductionJar(Path jar, String base, Path log, Process process) {
        this.jar = jar;
        this.base = base;
        this.log = log;
        this.process = process;
    }

    /** Starts the jar and waits until it answers and has made its sample data. */
    static ProductionJar start(Path jar, List<String> jvmOptions) throws Exception {
        return start(jar, jvmOptions, List.of("--spring.profiles.active=dev"), "Sample data created");
    }

    /**
     * Starts the jar with the given Spring arguments and waits until it answers and has logged the
     * given line (a second server of a cluster finds the sample data made: it waits for "Started").
     */
    static ProductionJar start(Path jar, List<String> jvmOptions, List<String> arguments, String readyLine) throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Path data = Files.createTempDirectory("sammen-bench");
        Path log = data.resolve("app.log");
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new java.util.ArrayList<>(List.of(java));
        command.addAll(jvmOptions);
        // For profiling the server alone, e.g. -Dbench.serverOpts=-XX:StartFlightRecording=filename=/tmp/server.jfr
        String extra = System.getProperty("bench.serverOpts", "").strip();
        if (!extra.isEmpty()) command.addAll(List.of(extra.split("\\s+")));
        command.addAll(List.of("-jar", jar.toString(), "--server.port=" + port, "--sammen.data-dir=" + data));
        command.addAll(arguments);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        ProductionJar app = new ProductionJar(jar, "http://localhost:" + port, log, process);
        try {
            app.awaitReady(readyLine);
        } catch (Exception | Error e) {
            app.close();
            throw e;
        }
        return app;
    }

    long pid() {
        return process.pid();
    }

    /** Up and answering, and the line logged (the sample data logs when it is done). */
    private void awaitReady(String readyLine) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.currentTimeMillis() + 180_000;
        while (System.currentTimeMillis() < deadline) {
            if (!process.isAlive()) throw new IllegalStateException("the application stopped while starting: see " + log);
            try {
                var response = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200 && Files.readString(log).contains(readyLine)) return;
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the application did not start within 3 minutes: see " + log);
    }

    static Path findJar() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(p -> p.getFileName().toString().matches("sammen-.*\\.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no target/sammen-*.jar: run ./mvnw -DskipTests package"));
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }
}

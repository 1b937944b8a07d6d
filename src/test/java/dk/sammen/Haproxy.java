package dk.sammen;

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
import java.util.Optional;

/**
 * Debian's HAProxy with the configuration Sammen ships (docs/deploy/haproxy.cfg), in front of the
 * given servers, for a test or a benchmark. Started when both servers are reported ready.
 */
public final class Haproxy implements AutoCloseable {

    public static final Path CONFIG = Path.of("docs/deploy/haproxy.cfg");
    /** The cookie that pins a browser to a server, and its value per server (s1, s2, … in order). */
    public static final String COOKIE = "SAMMEN_SERVER";
    private final Process process;
    private final Path log;
    public final String base;

    private Haproxy(Process process, Path log, String base) {
        this.process = process;
        this.log = log;
        this.base = base;
    }

    public static Optional<Path> executable() {
        return List.of(Path.of("/usr/sbin/haproxy"), Path.of("/usr/bin/haproxy")).stream().filter(Files::isExecutable).findFirst();
    }

    public static Haproxy start(Path executable, int... serverPorts) throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Path log = Files.createTempFile("sammen-haproxy", ".log");
        ProcessBuilder builder = new ProcessBuilder(executable.toString(), "-db", "-f", CONFIG.toAbsolutePath().toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("SAMMEN_BIND", "127.0.0.1:" + port);
        for (int i = 0; i < serverPorts.length; i++) builder.environment().put("SAMMEN_SERVER_" + (i + 1), "127.0.0.1:" + serverPorts[i]);
        Haproxy haproxy = new Haproxy(builder.start(), log, "http://localhost:" + port);
        haproxy.awaitServersUp(serverPorts.length);
        return haproxy;
    }

    /** Each server answers through HAProxy when pinned to it (its health check passed). */
    private void awaitServersUp(int servers) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.currentTimeMillis() + 60_000;
        for (int s = 1; s <= servers; s++) {
            while (true) {
                if (!process.isAlive()) throw new IllegalStateException("HAProxy stopped: " + Files.readString(log));
                try {
                    HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health/readiness"))
                            .header("Cookie", COOKIE + "=s" + s).timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
                    // A request pinned to a server not yet up is sent elsewhere with a new cookie; up means it stays.
                    boolean pinned = response.headers().firstValue("Set-Cookie").filter(c -> c.startsWith(COOKIE + "=")).isEmpty();
                    if (response.statusCode() == 200 && pinned) break;
                } catch (IOException notYet) {
                    // still starting
                }
                if (System.currentTimeMillis() > deadline) throw new IllegalStateException("server s" + s + " not up behind HAProxy: " + Files.readString(log));
                Thread.sleep(200);
            }
        }
    }

    public Path logFile() {
        return log;
    }

    /** HAProxy's request log so far (one line per request, with its status). */
    public String log() throws IOException {
        return Files.readString(log);
    }

    @Override
    public void close() throws Exception {
        process.destroy();
        process.waitFor(); // the log stays in the temporary folder, to read after a failed run
    }
}

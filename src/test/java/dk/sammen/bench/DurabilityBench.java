package dk.sammen.bench;

import dk.sammen.Application;
import dk.sammen.canvas.CanvasService;
import dk.sammen.canvas.FieldRef;
import dk.sammen.canvas.StoredRow;
import dk.sammen.canvas.StoredValue;
import dk.sammen.canvas.TableRef;
import dk.sammen.scoping.ScopingId;
import dk.sammen.scoping.ScopingService;
import dk.sammen.security.ActingAs;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * Durability benchmark: a child JVM runs Sammen on an H2 file and saves edits through the
 * services, printing "ACK" only after a save returned (what the user is told is saved). The
 * parent kills the child with SIGKILL at a random moment, many times, then starts it once more
 * and checks that every acknowledged edit is in the database and that no row is half-written.
 * Run with bench/durability.sh.
 */
public final class DurabilityBench {

    private DurabilityBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("child")) {
            child(args[1], args[2], args.length > 3 && args[3].equals("h2-default-write-delay"));
            return;
        }
        int kills = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        // "h2-default-write-delay" runs the same test with H2's default (delayed) writes: the "before" of WRITE_DELAY=0.
        String variant = args.length > 1 ? args[1] : "configured";
        Path data = Files.createTempDirectory("sammen-durability");
        Random random = new Random(42);
        Set<String> acknowledged = new HashSet<>();
        long startedAt = System.currentTimeMillis();
        for (int k = 0; k < kills; k++) {
            Process child = start(data, "write", variant);
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            long killAt = -1;
            String line;
            while ((line = out.readLine()) != null) {
                if (line.equals("READY")) killAt = System.currentTimeMillis() + 300 + random.nextInt(1500);
                if (line.startsWith("ACK ")) acknowledged.add(line.substring(4));
                if (killAt > 0 && System.currentTimeMillis() >= killAt) break;
            }
            child.destroyForcibly().waitFor(); // SIGKILL: no shutdown hooks, no clean close of the database
            System.out.println("kill " + (k + 1) + "/" + kills + ": " + acknowledged.size() + " acknowledged edits so far");
        }
        Process verify = start(data, "verify", variant);
        BufferedReader out = new BufferedReader(new InputStreamReader(verify.getInputStream(), StandardCharsets.UTF_8));
        Set<String> stored = new HashSet<>();
        int broken = 0;
        String line;
        while ((line = out.readLine()) != null) {
            if (line.startsWith("ROW ")) stored.add(line.substring(4));
            if (line.startsWith("BROKEN ")) broken++;
        }
        verify.waitFor();
        Set<String> lost = new HashSet<>(acknowledged);
        lost.removeAll(stored);
        String result = "Durability (" + variant + "): " + kills + " kills (SIGKILL), " + acknowledged.size() + " acknowledged edits, " + lost.size()
                + " lost, " + broken + " half-written rows; " + (System.currentTimeMillis() - startedAt) / 1000 + " s";
        System.out.println(result);
        BenchReport.write("durability-" + variant, String.format(java.util.Locale.ROOT, "| %s | %d | %d | **%d** | %d | %d s |%n",
                variant.equals("configured") ? "`WRITE_DELAY=0` (Sammen's configuration)" : "H2 default (delayed writes, ≈ 0.5 s): the \"before\"",
                kills, acknowledged.size(), lost.size(), broken, (System.currentTimeMillis() - startedAt) / 1000));
        if (!lost.isEmpty() || broken > 0) {
            System.out.println("LOST: " + lost);
            System.exit(1);
        }
    }

    private static Process start(Path data, String mode, String variant) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                DurabilityBench.class.getName(), "child", data.toString(), mode, variant));
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    /** The child: starts Sammen (dev profile, sample data on first start) and writes or verifies. */
    private static void child(String data, String mode, boolean defaultWriteDelay) {
        List<String> options = new ArrayList<>(List.of("--sammen.data-dir=" + data, "--server.port=0", "--logging.level.root=WARN"));
        if (defaultWriteDelay) options.add("--spring.datasource.url=jdbc:h2:file:" + data + "/sammen;DB_CLOSE_ON_EXIT=FALSE");
        var context = new SpringApplicationBuilder(Application.class).profiles("dev").logStartupInfo(false)
                .run(options.toArray(String[]::new));
        ScopingService scopings = context.getBean(ScopingService.class);
        CanvasService canvas = context.getBean(CanvasService.class);
        ScopingId id = ActingAs.call("kamilla", () -> scopings.myScopings().stream()
                .filter(s -> s.title().equals("Cyklisters adfærd ved vejarbejde")).findFirst().orElseThrow().id());
        TableRef table = new TableRef("risks", "risks");
        if (mode.equals("verify")) {
            ActingAs.run("kamilla", () -> {
                for (StoredRow row : canvas.content(id).rows(table)) {
                    String risk = row.cell("risk");
                    System.out.println(risk.startsWith("edit ") ? "ROW " + risk : "OTHER " + risk);
                    if (risk.isEmpty()) System.out.println("BROKEN " + row.id());
                }
                // The field's last stored value must be one of the rows written with it.
                System.out.println("FIELD " + canvas.content(id).text(FieldRef.joint("ways", "forum")));
            });
            System.out.flush();
            System.exit(0);
        }
        System.out.println("READY");
        System.out.flush();
        long run = System.nanoTime();
        for (int i = 0; ; i++) {
            String text = "edit " + run + "-" + i;
            ActingAs.run("kamilla", () -> {
                canvas.addRow(id, table, Map.of("risk", text));
                long v = canvas.content(id).value(FieldRef.joint("ways", "forum")).map(StoredValue::version).orElse(StoredValue.NEW);
                canvas.save(id, FieldRef.joint("ways", "forum"), text, v);
            });
            System.out.println("ACK " + text); // only after both saves returned
            System.out.flush();
        }
    }
}

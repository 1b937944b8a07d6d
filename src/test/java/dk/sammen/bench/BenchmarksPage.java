package dk.sammen.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes docs/BENCHMARKS.md from bench/BENCHMARKS.template.md: each {{name}} becomes the figures
 * the benchmarks of this run wrote to target/bench/name.md ({{name||text}} falls back to text),
 * and {{machine}} says what it ran on and when. Called by bench/run-all.sh.
 */
public final class BenchmarksPage {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-z0-9-]+)(?:\\|\\|(.*?))?}}", Pattern.DOTALL);

    private BenchmarksPage() {
    }

    public static void main(String[] args) throws IOException {
        Path template = Path.of(args[0]);
        Path figures = Path.of(args[1]);
        Path page = Path.of(args[2]);
        String minutes = args.length > 3 ? args[3] : "?";
        Matcher m = PLACEHOLDER.matcher(Files.readString(template));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            Path fragment = figures.resolve(name + ".md");
            String text;
            if (name.equals("machine")) {
                text = machine(minutes);
            } else if (Files.exists(fragment)) {
                text = Files.readString(fragment).strip();
            } else {
                text = m.group(2) != null ? m.group(2) : "_(not measured in this run: target/bench/" + name + ".md is missing)_";
            }
            m.appendReplacement(out, Matcher.quoteReplacement(text));
        }
        m.appendTail(out);
        Files.writeString(page, out.toString());
        System.out.println("Wrote " + page);
    }

    private static String machine(String minutes) throws IOException {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        return String.format(Locale.ROOT, "%s; %s; %d cores; %d GiB memory; JDK %s; commit %s; run on %s, %s minutes for all of it.",
                firstValue(Path.of("/etc/os-release"), "PRETTY_NAME=").replace("\"", ""),
                firstValue(Path.of("/proc/cpuinfo"), "model name").replaceFirst("^\\s*:\\s*", ""),
                os.getAvailableProcessors(), Math.round(os.getTotalMemorySize() / (1024.0 * 1024 * 1024)), Runtime.version(),
                git("rev-parse", "--short", "HEAD"), LocalDate.now(), minutes);
    }

    private static String firstValue(Path file, String prefix) throws IOException {
        if (!Files.exists(file)) return "unknown";
        try (Stream<String> lines = Files.lines(file)) {
            return lines.filter(l -> l.startsWith(prefix)).findFirst().map(l -> l.substring(prefix.length()).trim()).orElse("unknown");
        }
    }

    private static String git(String... args) {
        try {
            var command = new java.util.ArrayList<String>();
            command.add("git");
            command.addAll(java.util.List.of(args));
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes()).trim();
            return p.waitFor() == 0 ? out : "unknown";
        } catch (IOException | InterruptedException e) {
            return "unknown";
        }
    }
}

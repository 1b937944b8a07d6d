package dk.sammen.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * What every benchmark shares: percentiles, the ratio to the run's own baseline (the machines are
 * shared and noisy), and a Markdown fragment in target/bench that bench/run-all.sh puts into
 * docs/BENCHMARKS.md.
 */
public final class BenchReport {

    private BenchReport() {
    }

    /** Median, 95th and 99th percentile and maximum of a series of milliseconds. */
    public record Stats(int count, double median, double p95, double p99, double max) {

        public static Stats of(List<Double> millis) {
            if (millis.isEmpty()) return new Stats(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
            List<Double> sorted = new ArrayList<>(millis);
            Collections.sort(sorted);
            return new Stats(sorted.size(), at(sorted, 0.50), at(sorted, 0.95), at(sorted, 0.99), sorted.getLast());
        }

        private static double at(List<Double> sorted, double quantile) {
            return sorted.get(Math.max(0, (int) Math.ceil(sorted.size() * quantile) - 1));
        }

        /** "median / p95 / p99 / max" in milliseconds. */
        public String cells() {
            return ms(median) + " | " + ms(p95) + " | " + ms(p99) + " | " + ms(max);
        }

        /** This series' 95th percentile as a multiple of the baseline's. */
        public String ratioTo(Stats baseline) {
            return String.format(Locale.ROOT, "× %.1f", p95 / baseline.p95);
        }
    }

    public static String ms(double millis) {
        return millis < 10 ? String.format(Locale.ROOT, "%.1f", millis) : String.format(Locale.ROOT, "%.0f", millis);
    }

    /** Heap in use after the garbage collector had its chance, in bytes. */
    public static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** CPU time this process used so far, in nanoseconds (all threads). */
    public static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** Writes target/bench/NAME.md and prints it. */
    public static void write(String name, String markdown) {
        try {
            Path dir = Path.of("target", "bench");
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(name + ".md"), markdown);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.println(markdown);
    }
}

package dk.sammen.bench;

import dk.sammen.Application;
import dk.sammen.canvas.CanvasService;
import dk.sammen.canvas.CanvasTemplate;
import dk.sammen.canvas.StoredValue;
import dk.sammen.scoping.ScopingService;
import dk.sammen.security.ActingAs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.resource.jdbc.spi.StatementInspector;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * SQL statements per saved text answer (issue 15): Kamilla saves the shared purpose of the sample
 * canvas through the service, N times; Hibernate hands every statement to {@link Counting}, which
 * counts them by kind and table. The first save warms caches and is left out. No page is open, so
 * this is the write path alone (views that refresh after a change add their own reads).
 * Arguments: saves (20), people added to the organisation first (0). Figures to target/bench/sql-per-save.md.
 */
public final class SqlPerSaveBench {

    /** Counts what Hibernate sends, by "select user_account" and the like. */
    public static final class Counting implements StatementInspector {
        static final Map<String, AtomicInteger> BY_KIND = new ConcurrentHashMap<>();
        static volatile boolean on;
        private static final Pattern TABLE = Pattern.compile("(?i)^\\s*(select|insert|delete)\\b.*?\\b(from|into)\\s+([a-z_]+)",
                Pattern.DOTALL);
        private static final Pattern UPDATE = Pattern.compile("(?i)^\\s*(update)\\s+()([a-z_]+)");

        @Override
        public String inspect(String sql) {
            if (on) {
                Matcher m = sql.strip().toLowerCase(Locale.ROOT).startsWith("update") ? UPDATE.matcher(sql) : TABLE.matcher(sql);
                String kind = m.find() ? m.group(1).toLowerCase(Locale.ROOT) + " " + m.group(3).toLowerCase(Locale.ROOT)
                        : sql.strip().split("\\s+")[0].toLowerCase(Locale.ROOT);
                BY_KIND.computeIfAbsent(kind, k -> new AtomicInteger()).incrementAndGet();
            }
            return sql;
        }
    }

    /** A bigger organisation, through the administrators' import, to show what grows with it. */
    private static void importPeople(ConfigurableApplicationContext app, int count) {
        StringBuilder csv = new StringBuilder("navn;e-mail;afdeling;afdelingskort;stilling\n");
        for (int i = 0; i < count; i++) {
            csv.append("Person ").append(i).append(";person").append(i).append("@kommune.dk;Byudvikling;;Konsulent\n");
        }
        byte[] file = csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        ActingAs.run("admin", () -> app.getBean(dk.sammen.directory.PeopleImport.class).importFile(file, "bench.csv"));
    }

    public static void main(String[] args) throws Exception {
        int saves = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int extraPeople = args.length > 1 ? Integer.parseInt(args[1]) : 0;
        Path data = Files.createTempDirectory("sammen-sql-bench");
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class).profiles("dev", "test")
                .run("--server.port=0", "--sammen.data-dir=" + data, "--logging.level.root=WARN", "--spring.main.banner-mode=off",
                        "--spring.jpa.properties.hibernate.session_factory.statement_inspector=" + Counting.class.getName())) {
            CanvasService canvas = app.getBean(CanvasService.class);
            ScopingService scopings = app.getBean(ScopingService.class);
            var sample = ActingAs.call("kamilla", () -> scopings.myScopings()).stream()
                    .filter(s -> s.title().equals("Cyklisters adfærd ved vejarbejde")).findFirst().orElseThrow().id();
            if (extraPeople > 0) importPeople(app, extraPeople);
            long people = ActingAs.call("admin", () -> app.getBean(dk.sammen.security.AccountService.class).count());
            long version = ActingAs.call("kamilla", () -> canvas.content(sample)).value(CanvasTemplate.SHARED_PURPOSE)
                    .map(StoredValue::version).orElse(StoredValue.NEW);
            List<Double> millis = new ArrayList<>();
            for (int i = 0; i <= saves; i++) {
                Counting.on = i > 0;
                long expected = version;
                String text = "Fælles formål, udgave " + i;
                long start = System.nanoTime();
                version = ActingAs.call("kamilla", () -> canvas.save(sample, CanvasTemplate.SHARED_PURPOSE, text, expected)).version();
                if (i > 0) millis.add((System.nanoTime() - start) / 1e6);
            }
            BenchReport.Stats time = BenchReport.Stats.of(millis);
            Counting.on = false;
            Map<String, Integer> perKind = new TreeMap<>();
            Counting.BY_KIND.forEach((k, v) -> perKind.put(k, v.get()));
            int total = perKind.values().stream().mapToInt(Integer::intValue).sum();
            StringBuilder md = new StringBuilder(String.format(Locale.ROOT, """
                    Kamilla saves the shared purpose of the sample canvas through `CanvasService.save`, %d times after one
                    warm-up save (no page open; %d people in the organisation): **%s statements per save** (%d in all);
                    a save, review gate included, took median %s ms, p95 %s ms (embedded H2).

                    | statement | per save |
                    |---|---|
                    """, saves, people, BenchReport.ms((double) total / saves), total, BenchReport.ms(time.median()), BenchReport.ms(time.p95())));
            perKind.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                    .forEach(e -> md.append("| ").append(e.getKey()).append(" | ").append(BenchReport.ms((double) e.getValue() / saves)).append(" |\n"));
            BenchReport.write("sql-per-save", md.toString());
            System.out.println(md);
        }
    }
}

package dk.sammen.browser;

import static dk.sammen.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dk.sammen.Application;
import dk.sammen.ThrowawayPostgres;
import dk.sammen.bench.BenchReport;
import dk.sammen.canvas.CanvasService;
import dk.sammen.canvas.FieldRef;
import dk.sammen.scoping.ScopingService;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * The database goes away while someone is writing (PostgreSQL, as in production, stopped the way
 * an outage cuts connections): they are told at the field within 2 s that it is not saved yet,
 * their text stays in the field, and once the database is back the page saves it by itself
 * within 5 s. CI runs a 5 s outage; bench/faults.sh runs the 30 s of the benchmark
 * (-Dsammen.outage.seconds=30). Figures to target/bench/faults-database.md.
 */
@Order(1) // starts its own application context: see junit-platform.properties
class DatabaseOutageTest {

    static final String FIELD = "#field-ways-forum";

    @Test
    void an_outage_keeps_what_was_typed_tells_the_user_and_saves_it_when_the_database_returns() throws Exception {
        var bin = ThrowawayPostgres.binaries();
        Assumptions.assumeTrue(bin.isPresent(), "no PostgreSQL server binaries found (/usr/lib/postgresql/*/bin)");
        var executable = Chromium.executable();
        Assumptions.assumeTrue(executable.isPresent(), "Debian's Chromium is not installed (see src/test/scripts/ensure-test-tools.sh)");
        int outageSeconds = Integer.getInteger("sammen.outage.seconds", 5);
        try (ThrowawayPostgres postgres = ThrowawayPostgres.start(bin.get());
             Chromium chromium = Chromium.launch(executable.get())) {
            List<String> arguments = new ArrayList<>(List.of("--server.port=0"));
            arguments.addAll(postgres.springArguments());
            try (var app = new SpringApplicationBuilder(Application.class).profiles("dev", "postgres")
                    .run(arguments.toArray(String[]::new))) {
                String base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
                ScopingService scopings = app.getBean(ScopingService.class);
                CanvasService canvas = app.getBean(CanvasService.class);
                var scoping = as("kamilla", () -> scopings.myScopings()).stream()
                        .filter(s -> s.title().equals("Cyklisters adfærd ved vejarbejde")).findFirst().orElseThrow().id();
                Page page = chromium.signedIn(base, "kamilla");
                page.navigate(base + "/scoping/" + scoping.value());
                Locator input = page.locator(FIELD + " input");
                input.fill("Styregruppen mødes hver 14. dag");
                input.blur();
                page.waitForFunction("sel => !document.querySelector(sel).invalid && document.querySelector(sel).title !== ''", FIELD);

                postgres.stop();
                long outageStarted = System.nanoTime();
                String typed = "Skrevet mens databasen var væk";
                input.fill(typed);
                long left = System.nanoTime();
                input.blur();
                page.waitForFunction("sel => document.querySelector(sel).invalid", FIELD,
                        new Page.WaitForFunctionOptions().setTimeout(10_000));
                double toldAfter = (System.nanoTime() - left) / 1e6;
                String message = (String) page.evaluate("sel => document.querySelector(sel).errorMessage", FIELD);
                assertThat(message).startsWith("Ikke gemt endnu");
                assertThat(input.inputValue()).as("what was typed stays in the field").isEqualTo(typed);
                assertThat(page.content()).doesNotContain("Exception").doesNotContain("at dk.sammen");

                long remaining = outageSeconds * 1_000_000_000L - (System.nanoTime() - outageStarted);
                if (remaining > 0) Thread.sleep(remaining / 1_000_000);
                assertThat(input.inputValue()).as("still there at the end of the outage").isEqualTo(typed);
                postgres.start();
                long back = System.nanoTime();
                page.waitForFunction("sel => !document.querySelector(sel).invalid", FIELD,
                        new Page.WaitForFunctionOptions().setTimeout(30_000));
                double savedAfter = (System.nanoTime() - back) / 1e6;
                assertThat(as("eva", () -> canvas.content(scoping)).text(FieldRef.joint("ways", "forum")))
                        .as("saved by itself once the database was back").isEqualTo(typed);

                String report = String.format(Locale.ROOT, """
                        PostgreSQL stopped (`pg_ctl stop -m fast`, open connections cut) for %d s while Kamilla edits an answer in Chromium:

                        | what | measured | goal |
                        |---|---|---|
                        | leaving the field → "Ikke gemt endnu …" shown at the field | %s ms | ≤ 2 000 ms |
                        | typed text still in the field during the outage | yes | yes |
                        | database back → the waiting text saved by itself (field no longer marked) | %s ms | ≤ 5 000 ms |
                        | stack traces shown | none | none |
                        """, outageSeconds, BenchReport.ms(toldAfter), BenchReport.ms(savedAfter));
                BenchReport.write("faults-database", report);
                System.out.printf(Locale.ROOT, "Database outage: told after %.0f ms (goal 2 000: %s), saved %.0f ms after it returned (goal 5 000: %s)%n",
                        toldAfter, toldAfter <= 2_000 ? "met" : "MISSED", savedAfter, savedAfter <= 5_000 ? "met" : "MISSED");
                // Timings are reported, never asserted (a shared machine's noise must not fail CI); being told at
                // all and recovering without a reload are asserted above, within the waits' generous bounds.
            }
        }
    }
}

package dk.sammen.bench;

import dk.sammen.Application;
import dk.sammen.approval.ApprovalService;
import dk.sammen.approval.ReviewRound;
import dk.sammen.base.Translations;
import dk.sammen.canvas.CanvasService;
import dk.sammen.charter.CharterFile;
import dk.sammen.charter.CharterService;
import dk.sammen.charter.SampleCharter;
import dk.sammen.charter.internal.CharterContent;
import dk.sammen.charter.internal.PdfCharterRenderer;
import dk.sammen.charter.internal.PdfSigner;
import dk.sammen.scoping.ScopingId;
import dk.sammen.scoping.ScopingService;
import dk.sammen.security.ActingAs;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Benchmark 4: the sample charter rendered and signed (what happens once per version and
 * language, at approval), the stored file downloaded, and a one-page PDF signed the same way as the
 * baseline of the same run. Arguments: runs after 5 warm-ups (100). Figures to target/bench/charter.md.
 */
public final class CharterBench {

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        var data = Files.createTempDirectory("sammen-charter-bench");
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class).profiles("dev", "test")
                .run("--server.port=0", "--sammen.data-dir=" + data, "--logging.level.root=WARN", "--spring.main.banner-mode=off")) {
            ScopingService scopings = app.getBean(ScopingService.class);
            CharterService charters = app.getBean(CharterService.class);
            PdfSigner signer = app.getBean(PdfSigner.class);
            PdfCharterRenderer renderer = app.getBean(PdfCharterRenderer.class);
            Translations translations = app.getBean(Translations.class);
            var template = app.getBean(CanvasService.class).template();
            ScopingId sample = ActingAs.call("nanna", () -> SampleCharter.scoping(scopings));
            ReviewRound round = ActingAs.call("nanna", () -> SampleCharter.approvedRound(app.getBean(ApprovalService.class), sample));
            CharterFile file = ActingAs.call("nanna", () -> charters.charter(sample, round.id(), CharterService.Format.PDF, Translations.DANISH));
            if (!ActingAs.call("eva", () -> charters.verify(file.bytes())).matches()) throw new IllegalStateException("the sample charter does not verify");

            var measured = BenchReport.Stats.of(timed(runs, () -> signer.sign(renderer.render(
                    new CharterContent(round, template, Translations.DANISH, translations)), "charter")));
            var download = BenchReport.Stats.of(timed(runs,
                    () -> ActingAs.call("nanna", () -> charters.charter(sample, round.id(), CharterService.Format.PDF, Translations.DANISH))));
            var baseline = BenchReport.Stats.of(timed(runs, () -> signer.sign(SampleCharter.plainOnePage(), "baseline")));
            int pages;
            try (var document = Loader.loadPDF(file.bytes())) {
                pages = document.getNumberOfPages();
            }
            String md = String.format(Locale.ROOT, """
                    Render and sign (PAdES) after 5 warm-up runs, %d runs each:

                    | document | pages | size | median ms | p95 ms | p99 ms | max ms | median per page | p95 vs. baseline |
                    |---|---|---|---|---|---|---|---|---|
                    | one-page PDF, signed (baseline) | 1 | – | %s | %s | %s |
                    | the sample charter "%s" | %d | %d KiB | %s | %s | %s |

                    Rendering and signing happen once per version and language, at approval; a download returns the
                    stored file: %s ms median, p95 %s ms (%d runs, with the member check and the read).
                    """, runs, baseline.cells(), BenchReport.ms(baseline.median()), baseline.ratioTo(baseline),
                    SampleCharter.TITLE, pages, file.bytes().length / 1024, measured.cells(), BenchReport.ms(measured.median() / pages),
                    measured.ratioTo(baseline), BenchReport.ms(download.median()), BenchReport.ms(download.p95()), runs);
            BenchReport.write("charter", md);
            System.out.println(md);
        }
    }

    private static List<Double> timed(int runs, Runnable step) {
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < runs + 5; i++) {
            long start = System.nanoTime();
            step.run();
            if (i >= 5) millis.add((System.nanoTime() - start) / 1e6); // the first five warm up
        }
        return millis;
    }
}

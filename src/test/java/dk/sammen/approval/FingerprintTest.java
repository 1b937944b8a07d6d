package dk.sammen.approval;

import static dk.sammen.TestUsers.as;
import static dk.sammen.TestUsers.run;
import static org.assertj.core.api.Assertions.assertThat;

import dk.sammen.SammenTest;
import dk.sammen.canvas.CanvasService;
import dk.sammen.canvas.FieldRef;
import dk.sammen.canvas.StoredValue;
import dk.sammen.canvas.TableRef;
import dk.sammen.directory.DirectoryService;
import dk.sammen.scoping.ScopingFixture;
import dk.sammen.scoping.ScopingService;
import dk.sammen.security.AccountService;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@SammenTest
class FingerprintTest {

    @Autowired ApprovalService approval;
    @Autowired CanvasService canvas;
    @Autowired ScopingService scopings;
    @Autowired DirectoryService directory;
    @Autowired AccountService accounts;

    @Test
    void the_same_content_gives_the_same_fingerprint_whatever_the_order_of_entry_and_whitespace() {
        String title = "Fingeraftryk " + System.nanoTime();
        ScopingFixture a = ScopingFixture.create(scopings, directory, accounts, title);
        ScopingFixture b = ScopingFixture.create(scopings, directory, accounts, title);
        run("kamilla", () -> {
            canvas.save(a.id(), FieldRef.joint("purpose", "sharedPurpose"), "Færre farlige situationer", StoredValue.NEW);
            canvas.save(a.id(), FieldRef.joint("ways", "forum"), "Styregruppen", StoredValue.NEW);
            canvas.addRow(a.id(), new TableRef("risks", "risks"), Map.of("risk", "Travlhed", "owner", String.valueOf(a.analysis().value())));
            // é written as e + combining accent: the same text after Unicode NFC.
            canvas.save(a.id(), FieldRef.joint("ways", "rhythm"), "Hver 14. dag på caf\u0065\u0301en", StoredValue.NEW);
        });
        run("mette", () -> {
            canvas.save(b.id(), FieldRef.joint("ways", "rhythm"), "Hver  14.\tdag på caf\u00e9en  ", StoredValue.NEW);
            canvas.addRow(b.id(), new TableRef("risks", "risks"), Map.of("risk", " Travlhed ", "owner", String.valueOf(b.analysis().value())));
            canvas.save(b.id(), FieldRef.joint("ways", "forum"), "Styregruppen", StoredValue.NEW);
            canvas.save(b.id(), FieldRef.joint("purpose", "sharedPurpose"), "  Færre   farlige situationer", StoredValue.NEW);
        });
        String canonicalA = as("nanna", () -> approval.canonical(a.id()));
        String canonicalB = as("nanna", () -> approval.canonical(b.id()));
        assertThat(canonicalA).isEqualTo(canonicalB);
        assertThat(Fingerprint.of(canonicalA)).isEqualTo(Fingerprint.of(canonicalB));
        assertThat(canonicalA).contains("\"department\":\"TMF Stab – Undersøgelsesteam\"").doesNotContain("\"owner\":\"" + a.analysis().value());

        // Any change of content changes it.
        long v = as("mette", () -> canvas.content(b.id())).value(FieldRef.joint("ways", "forum")).orElseThrow().version();
        run("mette", () -> canvas.save(b.id(), FieldRef.joint("ways", "forum"), "Styregruppen.", v));
        assertThat(Fingerprint.of(as("nanna", () -> approval.canonical(b.id())))).isNotEqualTo(Fingerprint.of(canonicalA));
    }

    @Test
    void a_fingerprint_reads_in_groups_of_four_and_is_parsed_back_from_what_people_type() {
        Fingerprint f = Fingerprint.of("{}");
        assertThat(f.hex()).isEqualTo("44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a");
        assertThat(f.grouped()).startsWith("4413 6fa3 55b3 678a").hasSize(64 + 15);
        assertThat(Fingerprint.parse(f.grouped().toUpperCase())).contains(f);
        assertThat(Fingerprint.parse("not a fingerprint")).isEmpty();
    }
}

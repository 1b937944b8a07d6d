package dk.sammen;

import static dk.sammen.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;

import dk.sammen.base.InvalidInputException;
import dk.sammen.base.Problem;
import dk.sammen.canvas.CanvasService;
import dk.sammen.canvas.CanvasTemplate;
import dk.sammen.canvas.CommentService;
import dk.sammen.canvas.FieldRef;
import dk.sammen.canvas.FieldType;
import dk.sammen.canvas.StoredValue;
import dk.sammen.canvas.TableRef;
import dk.sammen.directory.DirectoryService;
import dk.sammen.disagreement.DisagreementService;
import dk.sammen.disagreement.NewFlag;
import dk.sammen.scoping.NewScoping;
import dk.sammen.scoping.PartnerType;
import dk.sammen.scoping.ScopingFixture;
import dk.sammen.scoping.ScopingService;
import dk.sammen.security.AccountService;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The short CI version of the bad-input fuzz run: nasty inputs into every canvas field and table
 * column, comments, flags and new scopings. Every input is either stored as valid, or refused
 * with problems whose messages exist in Danish; nothing else is thrown, and nothing invalid is stored.
 */
@SammenTest
class BadInputFuzzTest {

    @Autowired CanvasService canvas;
    @Autowired CommentService comments;
    @Autowired DisagreementService disagreements;
    @Autowired ScopingService scopings;
    @Autowired DirectoryService directory;
    @Autowired AccountService accounts;

    @Test
    void nasty_input_is_stored_as_valid_or_refused_with_a_clear_message_and_nothing_else() throws Exception {
        ScopingFixture f = ScopingFixture.create(scopings, directory, accounts, "Fuzz " + System.nanoTime());
        ScopingFixture other = ScopingFixture.create(scopings, directory, accounts, "Fuzz other " + System.nanoTime());
        Properties danish = new Properties();
        try (var in = new InputStreamReader(getClass().getResourceAsStream("/messages_da.properties"), StandardCharsets.UTF_8)) {
            danish.load(in);
        }
        AtomicInteger tried = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        List<String> nastyAndIds = new ArrayList<>(NastyInput.ALL);
        nastyAndIds.add(String.valueOf(other.analysis().value())); // another scoping's party id
        nastyAndIds.add(String.valueOf(f.analysis().value()));

        for (CanvasTemplate.Section section : canvas.template().sections()) {
            for (CanvasTemplate.Field field : section.fields()) {
                for (String input : nastyAndIds) {
                    if (field.type() == FieldType.TABLE) {
                        for (CanvasTemplate.Column column : field.columns()) {
                            Map<String, String> cells = new HashMap<>();
                            cells.put(column.key(), input);
                            attempt(tried, refused, danish, () -> as("kamilla", () -> canvas.addRow(f.id(),
                                    new TableRef(section.key(), field.key()), cells)));
                        }
                    } else {
                        FieldRef ref = field.perParty() ? FieldRef.forParty(section.key(), field.key(), f.analysis())
                                : FieldRef.joint(section.key(), field.key());
                        attempt(tried, refused, danish, () -> as("kamilla", () -> {
                            long v = canvas.content(f.id()).value(ref).map(StoredValue::version).orElse(StoredValue.NEW);
                            return canvas.save(f.id(), ref, input, v);
                        }));
                    }
                }
            }
        }
        for (String input : NastyInput.ALL) {
            attempt(tried, refused, danish, () -> as("mette", () -> comments.add(f.id(), "purpose", input, null)));
            attempt(tried, refused, danish, () -> as("eva", () -> disagreements.raise(f.id(),
                    new NewFlag("purpose", null, input, input, Set.of(f.analysis())))));
            var bu = as("nanna", () -> directory.departments()).stream().filter(d -> d.shortName().equals("BU")).findFirst().orElseThrow();
            var va = as("nanna", () -> directory.departments()).stream().filter(d -> d.shortName().equals("VA")).findFirst().orElseThrow();
            attempt(tried, refused, danish, () -> as("nanna", () -> scopings.create(new NewScoping(input, input,
                    List.of(new NewScoping.NewParty(bu.id(), PartnerType.SAME_MUNICIPALITY),
                            new NewScoping.NewParty(va.id(), PartnerType.CITIZENS))))));
        }

        // Nothing invalid was stored: every stored answer keeps its field's rules.
        var content = as("eva", () -> canvas.content(f.id()));
        for (StoredValue value : content.values().values()) {
            CanvasTemplate.Field field = canvas.template().field(value.ref().section(), value.ref().field()).orElseThrow();
            assertStoredIsValid(field.type(), value.value(), field.maxLength());
        }
        content.rows().values().forEach(rows -> rows.forEach(row -> {
            CanvasTemplate.Field field = canvas.template().field(row.table().section(), row.table().table()).orElseThrow();
            row.cells().forEach((key, v) -> assertStoredIsValid(field.column(key).orElseThrow().type(), v,
                    field.column(key).orElseThrow().maxLength()));
        }));
        dk.sammen.bench.BenchReport.write("fuzz-services", String.format(java.util.Locale.ROOT,
                "Through the services (every canvas field and table column, comments, flags, new scopings; party ids of another "
                + "scoping): **%d inputs tried, %d refused with a Danish message, %d stored as valid, 0 other errors**.%n",
                tried.get(), refused.get(), tried.get() - refused.get()));
        assertThat(tried.get()).isGreaterThan(1000);
    }

    private static void attempt(AtomicInteger tried, AtomicInteger refused, Properties danish, Supplier<?> call) {
        tried.incrementAndGet();
        try {
            call.get();
        } catch (InvalidInputException e) {
            refused.incrementAndGet();
            assertThat(e.problems()).isNotEmpty();
            for (Problem p : e.problems()) assertThat(danish).as("a Danish message for %s", p.messageKey()).containsKey(p.messageKey());
        }
        // Any other exception fails the test: it would be an error page, not a message at the field.
    }

    private static void assertStoredIsValid(FieldType type, String value, int maxLength) {
        if (value.isEmpty()) return; // an optional answer that was cleared
        assertThat(value).doesNotContain("\u0000", "\u0007").isEqualTo(value.strip());
        switch (type) {
            case TEXT, TEXTAREA -> assertThat(value.length()).isLessThanOrEqualTo(maxLength);
            case DATE -> assertThat(LocalDate.parse(value)).isAfter(LocalDate.of(1899, 12, 31));
            case NUMBER, MONEY -> assertThat(new BigDecimal(value)).isNotNegative();
            case PERCENT -> assertThat(new BigDecimal(value)).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100));
            default -> { }
        }
    }
}

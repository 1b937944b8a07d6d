package dk.sammen.canvas;

import static dk.sammen.TestUsers.as;
import static dk.sammen.TestUsers.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.sammen.SammenTest;
import dk.sammen.base.InvalidInputException;
import dk.sammen.base.StaleVersionException;
import dk.sammen.directory.DirectoryService;
import dk.sammen.scoping.ScopingFixture;
import dk.sammen.scoping.ScopingId;
import dk.sammen.scoping.ScopingService;
import dk.sammen.security.AccountService;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@SammenTest
class CanvasServiceTest {

    @Autowired CanvasService canvas;
    @Autowired ScopingService scopings;
    @Autowired DirectoryService directory;
    @Autowired AccountService accounts;
    ScopingFixture fixture;
    ScopingId id;

    @BeforeEach
    void newScoping() {
        fixture = ScopingFixture.create(scopings, directory, accounts, "Canvas " + System.nanoTime());
        id = fixture.id();
    }

    @Test
    void every_kind_of_answer_is_stored_and_read_back() {
        run("kamilla", () -> {
            canvas.save(id, FieldRef.joint("background", "problem"), "  Cyklister kører uden om afspærringer.  ", StoredValue.NEW);
            canvas.save(id, FieldRef.joint("roles", "projectLeads"), "Nanna og Mette", StoredValue.NEW);
            canvas.save(id, FieldRef.joint("form", "form"), "CLOSE_INVOLVEMENT", StoredValue.NEW);
            canvas.save(id, FieldRef.joint("exit", "endDate"), "2027-06-30", StoredValue.NEW);
            canvas.save(id, FieldRef.forParty("purpose", "ownGoals", fixture.analysis()), "Metodeudvikling", StoredValue.NEW);
            canvas.save(id, FieldRef.forParty("resources", "hours", fixture.analysis()), "120.5", StoredValue.NEW);
            canvas.save(id, FieldRef.forParty("resources", "money", fixture.analysis()), "12500", StoredValue.NEW);
        });
        run("mette", () -> canvas.save(id, FieldRef.forParty("purpose", "ownGoals", fixture.cityDevelopment()), "Tryg by", StoredValue.NEW));

        CanvasContent content = as("eva", () -> canvas.content(id));
        assertThat(content.text(FieldRef.joint("background", "problem"))).isEqualTo("Cyklister kører uden om afspærringer.");
        assertThat(content.text(FieldRef.joint("form", "form"))).isEqualTo("CLOSE_INVOLVEMENT");
        assertThat(content.text(FieldRef.joint("exit", "endDate"))).isEqualTo("2027-06-30");
        assertThat(content.text(FieldRef.forParty("purpose", "ownGoals", fixture.analysis()))).isEqualTo("Metodeudvikling");
        assertThat(content.text(FieldRef.forParty("purpose", "ownGoals", fixture.cityDevelopment()))).isEqualTo("Tryg by");
        assertThat(content.value(FieldRef.joint("background", "problem")).orElseThrow().changedBy()).isEqualTo("Kamilla Damgaard");
    }

    @Test
    void typed_text_from_an_older_version_is_merged_when_the_changes_do_not_touch_and_only_text_is() {
        FieldRef problem = FieldRef.joint("background", "problem");
        StoredValue base = as("kamilla", () -> canvas.save(id, problem, "Første. Anden.", StoredValue.NEW));
        as("mette", () -> canvas.save(id, problem, "Nul. Første. Anden.", base.version()));

        AnswerSaved merged = as("kamilla", () -> canvas.saveTyped(id, problem, "Første. Anden. Tredje.", base.version(), base.value()));
        assertThat(merged.stored().value()).isEqualTo("Nul. Første. Anden. Tredje.");
        assertThat(merged.merged()).isEqualTo(new AnswerSaved.Merge("Mette Jensen", "Nul.", "Tredje."));

        // The same place changed on both sides: refused with what is stored and a proposal; nothing written.
        assertThatThrownBy(() -> as("mette", () -> canvas.saveTyped(id, problem, "Nul. Første. Anden. Fjerde.",
                merged.stored().version() - 1, "Nul. Første. Anden.")))
                .isInstanceOfSatisfying(TextConflictException.class, c -> {
                    assertThat(c.currentValue()).isEqualTo("Nul. Første. Anden. Tredje.");
                    assertThat(c.proposal()).isEqualTo("Nul. Første. Anden. Tredje. Fjerde.");
                });
        assertThat(as("eva", () -> canvas.content(id)).text(problem)).isEqualTo("Nul. Første. Anden. Tredje.");

        // A number is never merged: a save from an older version is a conflict, base text or not.
        FieldRef hours = FieldRef.forParty("resources", "hours", fixture.analysis());
        StoredValue h = as("kamilla", () -> canvas.save(id, hours, "100", StoredValue.NEW));
        as("kamilla", () -> canvas.save(id, hours, "120", h.version()));
        assertThatThrownBy(() -> as("kamilla", () -> canvas.saveTyped(id, hours, "1000", h.version(), "100")))
                .isExactlyInstanceOf(StaleVersionException.class);
        // Whatever base text a caller sends, the merged result is checked like any input.
        String now = "Nul. Første. Anden. Tredje.";
        assertThatThrownBy(() -> as("kamilla", () -> canvas.saveTyped(id, problem, now + " " + "x".repeat(5000), base.version(), now)))
                .isInstanceOf(InvalidInputException.class);
        assertThat(as("eva", () -> canvas.content(id)).text(problem)).isEqualTo(now);
    }

    @Test
    void table_rows_are_added_edited_reordered_and_removed() {
        TableRef ladder = new TableRef("mandate", "ladder");
        StoredRow first = as("kamilla", () -> canvas.addRow(id, ladder, Map.of("level", "1", "decides", "Projektlederne", "days", "5")));
        StoredRow second = as("mette", () -> canvas.addRow(id, ladder, Map.of("level", "2", "decides", "Kontorcheferne", "days", "10")));
        StoredRow edited = as("kamilla", () -> canvas.updateRow(id, first.id(),
                Map.of("level", "1", "decides", "Projektlederne i fællesskab", "days", "3", "fallback", "Næste niveau"), first.version()));
        assertThat(edited.cell("fallback")).isEqualTo("Næste niveau");

        run("mette", () -> canvas.moveRow(id, second.id(), -1));
        assertThat(as("eva", () -> canvas.content(id)).rows(ladder)).extracting(r -> r.cell("level")).containsExactly("2", "1");

        run("kamilla", () -> canvas.removeRow(id, second.id(), second.version()));
        assertThat(as("eva", () -> canvas.content(id)).rows(ladder)).extracting(r -> r.cell("decides"))
                .containsExactly("Projektlederne i fællesskab");
    }

    @Test
    void the_resource_split_computes_shares_and_says_when_agreed_shares_miss_100_percent() {
        run("kamilla", () -> {
            canvas.save(id, FieldRef.forParty("resources", "hours", fixture.analysis()), "300", StoredValue.NEW);
            canvas.save(id, FieldRef.forParty("resources", "money", fixture.analysis()), "10000", StoredValue.NEW);
            canvas.save(id, FieldRef.forParty("resources", "share", fixture.analysis()), "60", StoredValue.NEW);
        });
        run("mette", () -> {
            canvas.save(id, FieldRef.forParty("resources", "hours", fixture.cityDevelopment()), "100", StoredValue.NEW);
            canvas.save(id, FieldRef.forParty("resources", "money", fixture.cityDevelopment()), "30000", StoredValue.NEW);
            canvas.save(id, FieldRef.forParty("resources", "share", fixture.cityDevelopment()), "30", StoredValue.NEW);
        });
        ResourceSplit split = as("eva", () -> canvas.resourceSplit(id));
        assertThat(split.totalHours()).isEqualByComparingTo("400");
        assertThat(split.totalMoney()).isEqualByComparingTo("40000");
        assertThat(split.lines()).extracting(l -> l.hoursShare().toPlainString()).containsExactlyInAnyOrder("75.0", "25.0");
        assertThat(split.lines()).extracting(l -> l.moneyShare().toPlainString()).containsExactlyInAnyOrder("25.0", "75.0");
        assertThat(split.shareSum()).isEqualByComparingTo("90");
        assertThat(split.balanced()).isFalse();

        long version = as("mette", () -> canvas.content(id)).value(FieldRef.forParty("resources", "share", fixture.cityDevelopment()))
                .orElseThrow().version();
        run("mette", () -> canvas.save(id, FieldRef.forParty("resources", "share", fixture.cityDevelopment()), "40", version));
        assertThat(as("eva", () -> canvas.resourceSplit(id)).balanced()).isTrue();
    }

    @Test
    void bad_answers_are_refused_with_a_reason_and_change_nothing() {
        FieldRef hours = FieldRef.forParty("resources", "hours", fixture.analysis());
        run("kamilla", () -> canvas.save(id, hours, "10", StoredValue.NEW));
        long v = as("kamilla", () -> canvas.content(id)).value(hours).orElseThrow().version();

        assertRefused(() -> run("kamilla", () -> canvas.save(id, hours, "-5", v)), "hours", "validation.negative");
        assertRefused(() -> run("kamilla", () -> canvas.save(id, hours, "ti", v)), "hours", "validation.number");
        assertRefused(() -> run("kamilla", () -> canvas.save(id, hours, "1.234", v)), "hours", "validation.decimals");
        assertRefused(() -> run("kamilla", () -> canvas.save(id, hours, "1e15", v)), "hours", "validation.numberTooLarge");
        assertRefused(() -> run("kamilla", () -> canvas.save(id, FieldRef.forParty("resources", "share", fixture.analysis()), "120",
                StoredValue.NEW)), "share", "validation.percent");
        assertRefused(() -> run("kamilla", () -> canvas.save(id, FieldRef.joint("background", "problem"), "x".repeat(4001),
                StoredValue.NEW)), "problem", "validation.tooLong");
        assertRefused(() -> run("kamilla", () -> canvas.save(id, FieldRef.joint("form", "form"), "MERGER", StoredValue.NEW)),
                "form", "validation.choice");
        assertRefused(() -> run("kamilla", () -> canvas.save(id, FieldRef.joint("exit", "endDate"), "31-12-2027", StoredValue.NEW)),
                "endDate", "validation.date");
        assertRefused(() -> run("kamilla", () -> canvas.save(id, FieldRef.joint("nowhere", "field"), "x", StoredValue.NEW)),
                "field", "validation.unknownField");

        CanvasContent content = as("kamilla", () -> canvas.content(id));
        assertThat(content.text(hours)).isEqualTo("10");
        assertThat(content.values()).hasSize(1);
    }

    @Test
    void a_required_answer_cannot_be_emptied_once_given() {
        FieldRef purpose = FieldRef.joint("purpose", "sharedPurpose");
        StoredValue stored = as("kamilla", () -> canvas.save(id, purpose, "Et fælles formål", StoredValue.NEW));
        assertRefused(() -> run("kamilla", () -> canvas.save(id, purpose, "   ", stored.version())), "sharedPurpose", "validation.required");
        assertThat(as("kamilla", () -> canvas.content(id)).text(purpose)).isEqualTo("Et fælles formål");
    }

    @Test
    void a_script_tag_is_kept_as_plain_text() {
        FieldRef why = FieldRef.joint("form", "why");
        run("kamilla", () -> canvas.save(id, why, "<script>alert('x')</script>", StoredValue.NEW));
        assertThat(as("kamilla", () -> canvas.content(id)).text(why)).isEqualTo("<script>alert('x')</script>");
    }

    @Test
    void every_deliverable_needs_owner_date_and_criterion_and_personal_data_needs_the_dpo_answer() {
        TableRef deliverables = new TableRef("deliverables", "deliverables");
        assertRefused(() -> run("kamilla", () -> canvas.addRow(id, deliverables, Map.of("deliverable", "Rapport"))),
                "owner", "validation.required", "due", "validation.required", "acceptance", "validation.required");
        ScopingFixture other = ScopingFixture.create(scopings, directory, accounts, "Other " + System.nanoTime());
        assertRefused(() -> run("kamilla", () -> canvas.addRow(id, deliverables, Map.of("deliverable", "Rapport",
                "owner", String.valueOf(other.analysis().value()), "due", "2027-01-01", "acceptance", "OK"))),
                "owner", "validation.unknownParty");

        TableRef datasets = new TableRef("data", "datasets");
        String owner = String.valueOf(fixture.analysis().value());
        assertRefused(() -> run("kamilla", () -> canvas.addRow(id, datasets, Map.of("dataset", "Logbøger", "owner", owner,
                "personalData", "YES"))), "dpoConsulted", "validation.required");
        run("kamilla", () -> canvas.addRow(id, datasets, Map.of("dataset", "Trafiktal", "owner", owner, "personalData", "NO")));
        assertRefused(() -> run("kamilla", () -> canvas.addRow(id, datasets, Map.of("dataset", "X", "owner", owner,
                "personalData", "NO", "secret", "1"))), "secret", "validation.unknownField");

        CanvasContent content = as("kamilla", () -> canvas.content(id));
        assertThat(content.rows(deliverables)).isEmpty();
        assertThat(content.rows(datasets)).extracting(r -> r.cell("dataset")).containsExactly("Trafiktal");
    }

    @Test
    void review_dates_may_not_fall_after_the_end_date() {
        run("kamilla", () -> canvas.save(id, FieldRef.joint("exit", "endDate"), "2027-06-30", StoredValue.NEW));
        TableRef reviews = new TableRef("exit", "reviews");
        assertRefused(() -> run("kamilla", () -> canvas.addRow(id, reviews, Map.of("date", "2027-08-01"))), "date", "validation.dateAfter");
        run("kamilla", () -> canvas.addRow(id, reviews, Map.of("date", "2027-03-01")));
        long v = as("kamilla", () -> canvas.content(id)).value(FieldRef.joint("exit", "endDate")).orElseThrow().version();
        assertRefused(() -> run("kamilla", () -> canvas.save(id, FieldRef.joint("exit", "endDate"), "2027-01-01", v)),
                "endDate", "validation.dateBefore");
        assertThat(as("kamilla", () -> canvas.content(id)).text(FieldRef.joint("exit", "endDate"))).isEqualTo("2027-06-30");
    }

    @Test
    void a_write_based_on_an_old_version_is_refused_with_the_newer_value() {
        FieldRef purpose = FieldRef.joint("purpose", "sharedPurpose");
        StoredValue start = as("kamilla", () -> canvas.save(id, purpose, "Udgangspunkt", StoredValue.NEW));
        run("kamilla", () -> canvas.save(id, purpose, "Kamillas formål", start.version()));
        assertThatThrownBy(() -> run("mette", () -> canvas.save(id, purpose, "Mettes formål", start.version())))
                .isInstanceOfSatisfying(StaleVersionException.class, e -> {
                    assertThat(e.currentValue()).isEqualTo("Kamillas formål");
                    assertThat(e.changedBy()).isEqualTo("Kamilla Damgaard");
                });
        assertThat(as("mette", () -> canvas.content(id)).text(purpose)).isEqualTo("Kamillas formål");

        // Two first answers to the same empty field: the second is told, not overwriting.
        FieldRef why = FieldRef.joint("form", "why");
        run("kamilla", () -> canvas.save(id, why, "Fordi A", StoredValue.NEW));
        assertThatThrownBy(() -> run("mette", () -> canvas.save(id, why, "Fordi B", StoredValue.NEW)))
                .isInstanceOf(StaleVersionException.class);

        TableRef risks = new TableRef("risks", "risks");
        StoredRow row = as("kamilla", () -> canvas.addRow(id, risks, Map.of("risk", "Travlhed")));
        run("kamilla", () -> canvas.updateRow(id, row.id(), Map.of("risk", "Travlhed i foråret"), row.version()));
        assertThatThrownBy(() -> run("mette", () -> canvas.updateRow(id, row.id(), Map.of("risk", "Sygdom"), row.version())))
                .isInstanceOf(StaleVersionException.class);
        assertThatThrownBy(() -> run("mette", () -> canvas.removeRow(id, row.id(), row.version())))
                .isInstanceOf(StaleVersionException.class);
        assertThat(as("mette", () -> canvas.content(id)).rows(risks)).extracting(r -> r.cell("risk")).containsExactly("Travlhed i foråret");
    }

    @Test
    void two_people_editing_different_rows_never_conflict() {
        TableRef risks = new TableRef("risks", "risks");
        StoredRow a = as("kamilla", () -> canvas.addRow(id, risks, Map.of("risk", "A")));
        StoredRow b = as("mette", () -> canvas.addRow(id, risks, Map.of("risk", "B")));
        run("kamilla", () -> canvas.updateRow(id, a.id(), Map.of("risk", "A2"), a.version()));
        run("mette", () -> canvas.updateRow(id, b.id(), Map.of("risk", "B2"), b.version()));
        assertThat(as("eva", () -> canvas.content(id)).rows(risks)).extracting(r -> r.cell("risk")).containsExactly("A2", "B2");
    }

    @Test
    void only_members_read_only_editors_write_and_a_party_writes_its_own_answers() {
        FieldRef analysisGoals = FieldRef.forParty("purpose", "ownGoals", fixture.analysis());
        StoredRow row = as("kamilla", () -> canvas.addRow(id, new TableRef("risks", "risks"), Map.of("risk", "A")));
        List<ThrowingCallable> outsider = List.of(
                () -> run("ole", () -> canvas.content(id)),
                () -> run("ole", () -> canvas.resourceSplit(id)),
                () -> run("ole", () -> canvas.save(id, FieldRef.joint("form", "why"), "x", StoredValue.NEW)),
                () -> run("ole", () -> canvas.addRow(id, new TableRef("risks", "risks"), Map.of("risk", "x"))),
                () -> run("ole", () -> canvas.updateRow(id, row.id(), Map.of("risk", "x"), row.version())),
                () -> run("ole", () -> canvas.moveRow(id, row.id(), 1)),
                () -> run("ole", () -> canvas.removeRow(id, row.id(), row.version())),
                // the evaluator reads but does not write
                () -> run("eva", () -> canvas.save(id, FieldRef.joint("form", "why"), "x", StoredValue.NEW)),
                () -> run("eva", () -> canvas.removeRow(id, row.id(), row.version())),
                // a participant of one party does not answer for the other
                () -> run("mette", () -> canvas.save(id, analysisGoals, "x", StoredValue.NEW)));
        for (ThrowingCallable call : outsider) {
            assertThatThrownBy(call).isInstanceOf(AccessDeniedException.class);
        }
        // The facilitator may answer for any party.
        run("nanna", () -> canvas.save(id, analysisGoals, "Facilitatorens udkast", StoredValue.NEW));
        assertThat(as("eva", () -> canvas.content(id)).rows(new TableRef("risks", "risks"))).hasSize(1);
    }

    @Test
    void a_row_of_another_scoping_cannot_be_touched_through_this_one() {
        ScopingFixture other = ScopingFixture.create(scopings, directory, accounts, "Other " + System.nanoTime());
        StoredRow foreign = as("kamilla", () -> canvas.addRow(other.id(), new TableRef("risks", "risks"), Map.of("risk", "Theirs")));
        assertRefused(() -> run("kamilla", () -> canvas.updateRow(id, foreign.id(), Map.of("risk", "Mine"), foreign.version())),
                "row", "validation.unknownRow");
        assertRefused(() -> run("kamilla", () -> canvas.removeRow(id, foreign.id(), foreign.version())), "row", "validation.unknownRow");
        assertThat(as("kamilla", () -> canvas.content(other.id())).rows(new TableRef("risks", "risks")))
                .extracting(r -> r.cell("risk")).containsExactly("Theirs");
    }

    @Autowired CommentService commentService;

    @Test
    void every_change_is_in_the_history_with_who_before_and_after() {
        FieldRef forum = FieldRef.joint("ways", "forum");
        StoredValue first = as("kamilla", () -> canvas.save(id, forum, "Styregruppen", StoredValue.NEW));
        run("mette", () -> canvas.save(id, forum, "Projektgruppen", first.version()));
        StoredRow row = as("mette", () -> canvas.addRow(id, new TableRef("risks", "risks"), Map.of("risk", "Travlhed")));
        run("kamilla", () -> canvas.removeRow(id, row.id(), row.version()));

        assertThat(as("eva", () -> canvas.sectionHistory(id, "ways"))).extracting(ChangeEntry::changedBy, ChangeEntry::before,
                ChangeEntry::after).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Mette Jensen", "Styregruppen", "Projektgruppen"),
                org.assertj.core.groups.Tuple.tuple("Kamilla Damgaard", "", "Styregruppen"));
        List<ChangeEntry> recent = as("eva", () -> canvas.recentChanges(id, 10));
        assertThat(recent).extracting(ChangeEntry::action).startsWith(ChangeEntry.Action.REMOVE_ROW, ChangeEntry.Action.ADD_ROW);

        // The removed row comes back by restoring its removal, as a new change.
        ChangeEntry removal = recent.getFirst();
        run("mette", () -> canvas.restore(id, removal.id()));
        assertThat(as("eva", () -> canvas.content(id)).rows(new TableRef("risks", "risks"))).extracting(r -> r.cell("risk"))
                .containsExactly("Travlhed");
        assertThat(as("eva", () -> canvas.recentChanges(id, 1)).getFirst().action()).isEqualTo(ChangeEntry.Action.RESTORE);
    }

    @Test
    void history_comments_and_restore_are_for_members_only_and_stay_inside_their_scoping() {
        StoredValue v = as("kamilla", () -> canvas.save(id, FieldRef.joint("ways", "forum"), "Styregruppen", StoredValue.NEW));
        long change = as("kamilla", () -> canvas.recentChanges(id, 1)).getFirst().id();
        Comment comment = as("eva", () -> commentService.add(id, "purpose", "Hvem ejer målet?", null));
        List<ThrowingCallable> outsider = List.of(
                () -> run("ole", () -> canvas.recentChanges(id, 5)),
                () -> run("ole", () -> canvas.sectionHistory(id, "ways")),
                () -> run("ole", () -> canvas.restore(id, change)),
                () -> run("eva", () -> canvas.restore(id, change)),
                () -> run("ole", () -> commentService.comments(id)),
                () -> run("ole", () -> commentService.add(id, "purpose", "Hej", null)),
                () -> run("ole", () -> commentService.resolve(id, comment.id(), true)));
        for (ThrowingCallable call : outsider) {
            assertThatThrownBy(call).isInstanceOf(AccessDeniedException.class);
        }
        ScopingFixture other = ScopingFixture.create(scopings, directory, accounts, "Other " + System.nanoTime());
        assertRefused(() -> run("kamilla", () -> canvas.restore(other.id(), change)), "change", "validation.unknownChange");
        assertRefused(() -> run("kamilla", () -> commentService.add(other.id(), "purpose", "Svar", comment.id())),
                "text", "validation.unknownComment");
        assertRefused(() -> run("kamilla", () -> commentService.add(id, "purpose", "  ", null)), "text", "validation.required");
        assertThat(as("kamilla", () -> commentService.comments(id))).hasSize(1);
        assertThat(v.version()).isGreaterThanOrEqualTo(0);
    }

    @Test
    void a_reply_reopens_a_resolved_thread() {
        Comment thread = as("eva", () -> commentService.add(id, "purpose", "Uklart formål", null));
        run("kamilla", () -> commentService.resolve(id, thread.id(), true));
        assertThat(as("eva", () -> commentService.comments(id)).getFirst().resolved()).isTrue();
        run("mette", () -> commentService.add(id, "purpose", "Ikke helt", thread.id()));
        assertThat(as("eva", () -> commentService.comments(id))).extracting(Comment::resolved, Comment::parentId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(false, null),
                        org.assertj.core.groups.Tuple.tuple(false, thread.id()));
    }

    static void assertRefused(ThrowingCallable call, String... fieldAndKey) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(
                e.problems().stream().flatMap(p -> Stream.of(p.field(), p.messageKey())).toList()).containsExactly(fieldAndKey));
    }

}

package dk.sammen.canvas;

import dk.sammen.base.InvalidInputException;
import dk.sammen.base.MessageKey;
import dk.sammen.base.Problem;
import dk.sammen.base.StaleVersionException;
import dk.sammen.base.TextRules;
import dk.sammen.base.TransactionMemo;
import dk.sammen.canvas.CanvasTemplate.Column;
import dk.sammen.canvas.CanvasTemplate.Field;
import dk.sammen.canvas.internal.AnswerRules;
import dk.sammen.canvas.internal.CanvasStore;
import dk.sammen.canvas.internal.TextMerge;
import dk.sammen.scoping.Membership;
import dk.sammen.scoping.Party;
import dk.sammen.scoping.ScopingDetails;
import dk.sammen.scoping.ScopingId;
import dk.sammen.scoping.ScopingService;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads and writes the content of a scoping's canvas: the feature's only door. Each write runs in
 * one transaction of its own: it checks, in this order, that the user may edit this scoping (and,
 * for a party's own answer, speaks for that party), that the input keeps the template's rules and
 * that it is based on what is stored now; then it writes the answer and its history entry and
 * publishes the change, which the review gate (before commit) and the open pages (after commit)
 * pick up. A write based on an older version is refused with what is stored now, never applied
 * over it.
 *
 * @see "docs/adr/0012-one-write-path.md"
 */
@Service
public class CanvasService {

    private final CanvasTemplate template;
    private final ScopingService scopings;
    private final CanvasStore store;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate writing;
    private final TransactionTemplate reading;
    /** The canvas as read in this transaction: the checks, the review gate and the flags share one read. */
    /** Free text, where two people's changes in different places can both be kept. */
    private static final Set<FieldType> MERGEABLE = Set.of(FieldType.TEXT, FieldType.TEXTAREA);
    private final TransactionMemo<ScopingId, CanvasContent> contentRead = new TransactionMemo<>("canvasContent");

    CanvasService(CanvasTemplate template, ScopingService scopings, CanvasStore store, ApplicationEventPublisher events,
                  PlatformTransactionManager transactions) {
        this.template = template;
        this.scopings = scopings;
        this.store = store;
        this.events = events;
        this.writing = new TransactionTemplate(transactions);
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
    }

    public CanvasTemplate template() {
        return template;
    }

    /** Everything on the canvas; members only. */
    @Transactional(readOnly = true)
    public CanvasContent content(ScopingId scoping) {
        scopings.membership(scoping);
        return contentRead.get(scoping, () -> store.content(scoping, names(scoping)));
    }

    /** Stores one answer. {@code expectedVersion} is the version the user started from, or {@link StoredValue#NEW}. */
    public StoredValue save(ScopingId scoping, FieldRef ref, @Nullable String value, long expectedVersion) {
        return write(scoping, ref, value, expectedVersion, null, ChangeEntry.Action.SET).stored();
    }

    /**
     * Stores an answer someone typed, starting from version {@code baseVersion} whose text was
     * {@code baseText}. If another person saved this text field since, and the two changes do not
     * touch the same place, both are kept (a three-way merge from that common version) and the
     * result says with whom; changes of the same place are refused with a {@link TextConflictException}
     * carrying a proposal. Other kinds of answer (a number, a date, a choice) are never merged.
     * The base text only guides the merge: whatever it says, the result is checked as any input.
     */
    public AnswerSaved saveTyped(ScopingId scoping, FieldRef ref, @Nullable String value, long baseVersion, String baseText) {
        return write(scoping, ref, value, baseVersion, baseText, ChangeEntry.Action.SET);
    }

    /**
     * The writer's choice after a conflict: {@code value} replaces the answer stored at
     * {@code seenVersion}. If that answer was another person's and the choice does not keep it,
     * that person is told at once on their open pages, with their text to bring back (a choice that
     * only adds to their text keeps it, and tells nobody).
     */
    public StoredValue choose(ScopingId scoping, FieldRef ref, @Nullable String value, long seenVersion) {
        return write(scoping, ref, value, seenVersion, null, ChangeEntry.Action.SET, true).stored();
    }

    private AnswerSaved write(ScopingId scoping, FieldRef ref, @Nullable String value, long expectedVersion, @Nullable String baseText,
                              ChangeEntry.Action action) {
        return write(scoping, ref, value, expectedVersion, baseText, action, false);
    }

    private AnswerSaved write(ScopingId scoping, FieldRef ref, @Nullable String value, long expectedVersion, @Nullable String baseText,
                              ChangeEntry.Action action, boolean choice) {
        return conflictSafe(() -> writing.execute(tx -> {
            ScopingDetails details = scopings.details(scoping);
            Membership me = details.me();
            if (!me.mayEditCanvas()) throw new AccessDeniedException("may not edit this scoping");
            Field field = template.field(ref.section(), ref.field())
                    .filter(f -> f.type() != FieldType.TABLE)
                    .orElseThrow(() -> new InvalidInputException(Problem.of(ref.field(), "validation.unknownField")));
            if (field.perParty() != (ref.party() != null)) {
                throw new InvalidInputException(Problem.of(ref.field(), "validation.unknownField"));
            }
            if (ref.party() != null) {
                if (details.party(ref.party()).isEmpty()) throw new InvalidInputException(Problem.of(ref.field(), "validation.unknownParty"));
                if (!me.mayEditForParty(ref.party())) throw new AccessDeniedException("may not answer for this party");
            }
            String clean = TextRules.clean(value);
            checkInput(scoping, ref, field, clean, details);
            ChangeEntry.Action recorded = action;
            AnswerSaved.Merge merge = null;
            CanvasStore.ValueWrite written;
            try {
                written = store.writeValue(scoping, ref, clean, expectedVersion, me.user().id(), me.user().displayName());
            } catch (CanvasStore.StaleWrite stale) {
                // Someone saved meanwhile. Typed free text is merged with theirs from the common version, when the
                // changes do not touch; nothing was written yet, so this transaction goes on with the merged text.
                if (baseText == null || !MERGEABLE.contains(field.type())) throw stale;
                StoredValue now = stale.current();
                switch (TextMerge.merge(TextRules.clean(baseText), now.value(), clean)) {
                    case TextMerge.Merged merged -> {
                        clean = merged.text();
                        checkInput(scoping, ref, field, clean, details);
                        written = store.writeValue(scoping, ref, clean, now.version(), me.user().id(), me.user().displayName());
                        recorded = ChangeEntry.Action.MERGE;
                        merge = new AnswerSaved.Merge(nameOf(scoping, stale.changedById()), merged.theirsAdded(), merged.mineAdded());
                    }
                    case TextMerge.Conflict conflict -> throw new TextConflictException(now.value(), now.version(),
                            nameOf(scoping, stale.changedById()), conflict.proposal());
                }
            }
            contentRead.forget();
            record(me, ref.section(), ref.key(), null, recorded, written.before(), clean);
            events.publishEvent(new CanvasEvents.AnswerChanged(scoping.value(), written.stored()));
            long mine = me.user().id().value();
            if (merge != null) {
                events.publishEvent(new CanvasEvents.AnswersMerged(scoping.value(), ref, mine, me.user().displayName(), merge.youAdded(),
                        written.beforeBy(), merge.otherName(), merge.theyAdded()));
            }
            if (choice && written.beforeBy() != 0 && written.beforeBy() != mine && !written.before().isEmpty()
                    && !TextMerge.onlyAdds(written.before(), clean)) {
                events.publishEvent(new CanvasEvents.AnswerReplaced(scoping.value(), ref, written.beforeBy(), written.before(),
                        me.user().displayName()));
            }
            return new AnswerSaved(written.stored(), merge);
        }), () -> content(scoping).value(ref).orElse(null));
    }

    public StoredRow addRow(ScopingId scoping, TableRef table, Map<String, String> cells) {
        return writing.execute(tx -> {
            Membership me = scopings.requireCanvasEditor(scoping);
            Map<String, String> clean = checkRow(scoping, table, cells);
            return addCheckedRow(me, table, clean, ChangeEntry.Action.ADD_ROW);
        });
    }

    public StoredRow updateRow(ScopingId scoping, long rowId, Map<String, String> cells, long expectedVersion) {
        return updateRow(scoping, rowId, cells, expectedVersion, ChangeEntry.Action.EDIT_ROW);
    }

    private StoredRow updateRow(ScopingId scoping, long rowId, Map<String, String> cells, long expectedVersion,
                                ChangeEntry.Action action) {
        return conflictSafe(() -> writing.execute(tx -> {
            Membership me = scopings.requireCanvasEditor(scoping);
            StoredRow current = store.row(scoping, rowId, names(scoping));
            Map<String, String> clean = checkRow(scoping, current.table(), cells);
            var written = store.writeRow(scoping, rowId, clean, expectedVersion, me.user().id(), me.user().displayName());
            contentRead.forget();
            record(me, current.table().section(), current.table().key(), rowId, action, written.before(), written.after());
            tableChanged(scoping, current.table());
            return written.stored();
        }), () -> rowNow(scoping, rowId));
    }

    /** The latest changes of the whole canvas, newest first: the activity feed. Members only. */
    @Transactional(readOnly = true)
    public List<ChangeEntry> recentChanges(ScopingId scoping, int limit) {
        scopings.membership(scoping);
        return store.recentChanges(scoping, Math.max(1, Math.min(limit, 200)), names(scoping));
    }

    /** Every change of one section, newest first. Members only. */
    @Transactional(readOnly = true)
    public List<ChangeEntry> sectionHistory(ScopingId scoping, String section) {
        scopings.membership(scoping);
        return store.sectionHistory(scoping, section, names(scoping));
    }

    /**
     * Brings an answer or a row back to how it was right after the given change (a removed row
     * comes back as it was). The restore is a new change of its own, checked like any other
     * input and recorded in the history; nothing earlier is rewritten.
     */
    public void restore(ScopingId scoping, long changeId) {
        ChangeEntry change = reading.execute(tx -> {
            scopings.requireCanvasEditor(scoping);
            return store.change(scoping, changeId, names(scoping));
        });
        if (!change.restorable()) throw new InvalidInputException(Problem.of("change", "validation.notRestorable"));
        if (change.rowId() == null) {
            FieldRef ref = FieldRef.parse(change.target());
            long current = content(scoping).value(ref).map(StoredValue::version).orElse(StoredValue.NEW);
            write(scoping, ref, change.after(), current, null, ChangeEntry.Action.RESTORE);
            return;
        }
        Map<String, String> cells = store.cells(change.action() == ChangeEntry.Action.REMOVE_ROW ? change.before() : change.after());
        TableRef table = TableRef.parse(change.target());
        var existing = content(scoping).rows(table).stream().filter(r -> r.id() == change.rowId()).findFirst();
        if (existing.isPresent()) {
            updateRow(scoping, existing.get().id(), cells, existing.get().version(), ChangeEntry.Action.RESTORE);
        } else {
            writing.executeWithoutResult(tx -> {
                Membership me = scopings.requireCanvasEditor(scoping);
                addCheckedRow(me, table, checkRow(scoping, table, cells), ChangeEntry.Action.RESTORE);
            });
        }
    }

    /**
     * Records in the canvas history and activity feed something another feature did to a section,
     * such as a disagreement flag being raised, inside that feature's transaction; the caller has
     * checked its own rules first.
     */
    @Transactional
    public void recordActivity(ScopingId scoping, String section, String target, String what) {
        record(scopings.membership(scoping), section, target, null, ChangeEntry.Action.FLAG, "", what);
    }

    public void removeRow(ScopingId scoping, long rowId, long expectedVersion) {
        conflictSafe(() -> writing.execute(tx -> {
            Membership me = scopings.requireCanvasEditor(scoping);
            var removed = store.removeRow(scoping, rowId, expectedVersion);
            contentRead.forget();
            record(me, removed.table().section(), removed.table().key(), rowId, ChangeEntry.Action.REMOVE_ROW, removed.cells(), "");
            tableChanged(scoping, removed.table());
            return removed;
        }), () -> rowNow(scoping, rowId));
    }

    /** Moves a row up (negative) or down (positive) among its table's rows. */
    @Transactional
    public void moveRow(ScopingId scoping, long rowId, int steps) {
        Membership me = scopings.requireCanvasEditor(scoping);
        var move = store.moveRow(scoping, rowId, steps);
        if (move.from() == move.to()) return;
        contentRead.forget();
        record(me, move.table().section(), move.table().key(), rowId, ChangeEntry.Action.MOVE_ROW,
                String.valueOf(move.from()), String.valueOf(move.to()));
        tableChanged(scoping, move.table());
    }

    /** Section 9 worked out from the stored answers; members only. */
    @Transactional(readOnly = true)
    public ResourceSplit resourceSplit(ScopingId scoping) {
        ScopingDetails details = scopings.details(scoping);
        return ResourceSplit.compute(details.parties(), content(scoping)::text);
    }

    private StoredRow addCheckedRow(Membership me, TableRef table, Map<String, String> clean, ChangeEntry.Action action) {
        var written = store.addRow(me.scoping(), table, clean, me.user().id(), me.user().displayName());
        contentRead.forget();
        record(me, table.section(), table.key(), written.stored().id(), action, "", written.after());
        tableChanged(me.scoping(), table);
        return written.stored();
    }

    /**
     * The history entry of a change, and the scoping marked as changed by this person now (through
     * the scoping feature's own method), in the writer's transaction; then the news of it.
     */
    private void record(Membership me, String section, String target, @Nullable Long rowId, ChangeEntry.Action action,
                        String before, String after) {
        ChangeEntry entry = store.record(me.scoping(), section, target, rowId, action, before, after, me.user().id(),
                me.user().displayName());
        scopings.recordChange(me.scoping(), me.user().id());
        events.publishEvent(new CanvasEvents.ChangeRecorded(me.scoping().value(), entry));
    }

    private void checkInput(ScopingId scoping, FieldRef ref, Field field, String clean, ScopingDetails details) {
        var problems = new InvalidInputException.Collector();
        checkAnswer(problems, ref.field(), field.type(), clean, field.required(), field.maxLength(), field.options(), details);
        checkDateOrderOfField(problems, scoping, ref, clean);
        problems.throwIfAny();
    }

    private String nameOf(ScopingId scoping, long userId) {
        return names(scoping).apply(List.of(userId)).getOrDefault(userId, "");
    }

    private void tableChanged(ScopingId scoping, TableRef table) {
        events.publishEvent(new CanvasEvents.TableChanged(scoping.value(), table, store.rows(scoping, table, names(scoping))));
    }

    private CanvasStore.Names names(ScopingId scoping) {
        return people -> scopings.names(scoping, people);
    }

    /** A row as stored now; one removed meanwhile is refused as unknown, as for any row that does not exist. */
    private StoredRow rowNow(ScopingId scoping, long rowId) {
        return store.row(scoping, rowId, names(scoping));
    }

    private Map<String, String> checkRow(ScopingId scoping, TableRef table, Map<String, String> cells) {
        Field field = template.field(table.section(), table.table())
                .filter(f -> f.type() == FieldType.TABLE)
                .orElseThrow(() -> new InvalidInputException(Problem.of(table.table(), "validation.unknownField")));
        ScopingDetails details = scopings.details(scoping);
        var problems = new InvalidInputException.Collector();
        for (String key : cells.keySet()) {
            if (field.column(key).isEmpty()) problems.add(key, "validation.unknownField");
        }
        Map<String, String> clean = new LinkedHashMap<>();
        for (Column column : field.columns()) {
            String value = TextRules.clean(cells.get(column.key()));
            boolean required = column.required() || (column.requiredWhen() != null
                    && column.requiredWhen().value().equals(TextRules.clean(cells.get(column.requiredWhen().column()))));
            checkAnswer(problems, column.key(), column.type(), value, required, column.maxLength(), column.options(), details);
            if (column.notAfterField() != null && !value.isEmpty()) {
                String limit = content(scoping).text(FieldRef.joint(table.section(), column.notAfterField()));
                if (!limit.isEmpty() && value.compareTo(limit) > 0) {
                    problems.add(column.key(), "validation.dateAfter", CanvasKeys.field(table.section(), column.notAfterField()));
                }
            }
            if (!value.isEmpty()) clean.put(column.key(), value);
        }
        problems.throwIfAny();
        return clean;
    }

    /** A date field named by some column's {@code notAfterField} may not come before that column's dates. */
    private void checkDateOrderOfField(InvalidInputException.Collector problems, ScopingId scoping, FieldRef ref, String value) {
        if (value.isEmpty()) return;
        var section = template.section(ref.section()).orElseThrow();
        for (Field table : section.fields()) {
            for (Column column : table.columns()) {
                if (!ref.field().equals(column.notAfterField())) continue;
                boolean earlier = content(scoping).rows(new TableRef(ref.section(), table.key())).stream()
                        .map(r -> r.cell(column.key()))
                        .anyMatch(d -> !d.isEmpty() && d.compareTo(value) > 0);
                if (earlier) problems.add(ref.field(), "validation.dateBefore", CanvasKeys.field(ref.section(), table.key()));
            }
        }
    }

    private void checkAnswer(InvalidInputException.Collector problems, String name, FieldType type, String value,
                             boolean required, int maxLength, List<String> options, ScopingDetails details) {
        Set<Long> partyIds = details.parties().stream().map(p -> p.id().value()).collect(Collectors.toSet());
        AnswerRules.check(problems, name, type, value, required, maxLength, options, partyIds);
    }

    /**
     * Runs a write; if another writer committed first (the optimistic version moved, or both
     * inserted the same new answer), reports the stored state as a conflict instead.
     */
    private <T> T conflictSafe(Supplier<@Nullable T> write, Supplier<@Nullable Object> current) {
        T written;
        try {
            written = write.get();
        } catch (ObjectOptimisticLockingFailureException | DataIntegrityViolationException e) {
            // The writer's transaction is rolled back; what is stored now is read in a new one.
            Object now = reading.execute(tx -> current.get());
            if (now instanceof StoredValue v) throw new StaleVersionException(v.value(), v.version(), v.changedBy());
            // A row is shown to the user as the row it is (the table editor has it), not as text.
            if (now instanceof StoredRow r) throw new StaleVersionException("", r.version(), r.changedBy());
            throw new StaleVersionException("", StoredValue.NEW, "");
        }
        return Objects.requireNonNull(written);
    }
}

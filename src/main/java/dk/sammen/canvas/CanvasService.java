package dk.sammen.canvas;

import dk.sammen.base.InvalidInputException;
import dk.sammen.base.MessageKey;
import dk.sammen.base.Problem;
import dk.sammen.base.StaleVersionException;
import dk.sammen.base.TextRules;
import dk.sammen.canvas.CanvasTemplate.Column;
import dk.sammen.canvas.CanvasTemplate.Field;
import dk.sammen.canvas.internal.AnswerRules;
import dk.sammen.canvas.internal.CanvasStore;
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
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Reads and writes the content of a scoping's canvas. Checks, in this order, that the user may
 * read or edit this scoping (and, for a party's own answer, speaks for that party), that the input
 * keeps the template's rules, and that the write is based on what is stored now; a write based on
 * an older version is refused with both values, never applied over the newer one.
 */
@Service
public class CanvasService {

    private final CanvasTemplate template;
    private final ScopingService scopings;
    private final CanvasStore store;

    CanvasService(CanvasTemplate template, ScopingService scopings, CanvasStore store) {
        this.template = template;
        this.scopings = scopings;
        this.store = store;
    }

    public CanvasTemplate template() {
        return template;
    }

    /** Everything on the canvas; members only. */
    public CanvasContent content(ScopingId scoping) {
        scopings.membership(scoping);
        return store.content(scoping);
    }

    /** Stores one answer. {@code expectedVersion} is the version the user started from, or {@link StoredValue#NEW}. */
    public StoredValue save(ScopingId scoping, FieldRef ref, @Nullable String value, long expectedVersion) {
        return save(scoping, ref, value, expectedVersion, ChangeEntry.Action.SET);
    }

    private StoredValue save(ScopingId scoping, FieldRef ref, @Nullable String value, long expectedVersion, ChangeEntry.Action action) {
        Membership me = scopings.requireCanvasEditor(scoping);
        Field field = template.field(ref.section(), ref.field())
                .filter(f -> f.type() != FieldType.TABLE)
                .orElseThrow(() -> new InvalidInputException(Problem.of(ref.field(), "validation.unknownField")));
        ScopingDetails details = scopings.details(scoping);
        if (field.perParty() != (ref.party() != null)) {
            throw new InvalidInputException(Problem.of(ref.field(), "validation.unknownField"));
        }
        if (ref.party() != null) {
            if (details.party(ref.party()).isEmpty()) throw new InvalidInputException(Problem.of(ref.field(), "validation.unknownParty"));
            if (!me.mayEditForParty(ref.party())) throw new AccessDeniedException("may not answer for this party");
        }
        String clean = TextRules.clean(value);
        var problems = new InvalidInputException.Collector();
        checkAnswer(problems, ref.field(), field.type(), clean, field.required(), field.maxLength(), field.options(), details);
        checkDateOrderOfField(problems, scoping, ref, clean);
        problems.throwIfAny();
        return conflictSafe(() -> store.writeValue(scoping, ref, clean, expectedVersion, me.user().id(), action),
                () -> store.content(scoping).value(ref).orElse(null));
    }

    public StoredRow addRow(ScopingId scoping, TableRef table, Map<String, String> cells) {
        Membership me = scopings.requireCanvasEditor(scoping);
        Map<String, String> clean = checkRow(scoping, table, cells);
        return store.addRow(scoping, table, clean, me.user().id(), ChangeEntry.Action.ADD_ROW);
    }

    public StoredRow updateRow(ScopingId scoping, long rowId, Map<String, String> cells, long expectedVersion) {
        return updateRow(scoping, rowId, cells, expectedVersion, ChangeEntry.Action.EDIT_ROW);
    }

    private StoredRow updateRow(ScopingId scoping, long rowId, Map<String, String> cells, long expectedVersion,
                                ChangeEntry.Action action) {
        Membership me = scopings.requireCanvasEditor(scoping);
        StoredRow current = store.row(scoping, rowId);
        Map<String, String> clean = checkRow(scoping, current.table(), cells);
        return conflictSafe(() -> store.writeRow(scoping, rowId, clean, expectedVersion, me.user().id(), action),
                () -> store.row(scoping, rowId));
    }

    /** The latest changes of the whole canvas, newest first: the activity feed. Members only. */
    public List<ChangeEntry> recentChanges(ScopingId scoping, int limit) {
        scopings.membership(scoping);
        return store.recentChanges(scoping, Math.max(1, Math.min(limit, 200)));
    }

    /** Every change of one section, newest first. Members only. */
    public List<ChangeEntry> sectionHistory(ScopingId scoping, String section) {
        scopings.membership(scoping);
        return store.sectionHistory(scoping, section);
    }

    /**
     * Brings an answer or a row back to how it was right after the given change (a removed row
     * comes back as it was). The restore is a new change of its own, checked like any other
     * input and recorded in the history; nothing earlier is rewritten.
     */
    public void restore(ScopingId scoping, long changeId) {
        Membership me = scopings.requireCanvasEditor(scoping);
        ChangeEntry change = store.change(scoping, changeId);
        if (!change.restorable()) throw new InvalidInputException(Problem.of("change", "validation.notRestorable"));
        if (change.rowId() == null) {
            FieldRef ref = FieldRef.parse(change.target());
            long current = store.content(scoping).value(ref).map(StoredValue::version).orElse(StoredValue.NEW);
            save(scoping, ref, change.after(), current, ChangeEntry.Action.RESTORE);
            return;
        }
        Map<String, String> cells = store.cells(change.action() == ChangeEntry.Action.REMOVE_ROW ? change.before() : change.after());
        TableRef table = TableRef.parse(change.target());
        var existing = store.content(scoping).rows(table).stream()
                .filter(r -> r.id() == change.rowId()).findFirst();
        if (existing.isPresent()) {
            updateRow(scoping, existing.get().id(), cells, existing.get().version(), ChangeEntry.Action.RESTORE);
        } else {
            Map<String, String> clean = checkRow(scoping, table, cells);
            store.addRow(scoping, table, clean, me.user().id(), ChangeEntry.Action.RESTORE);
        }
    }

    /**
     * Records in the canvas history and activity feed something another feature did to a section,
     * such as a disagreement flag being raised; the caller has checked its own rules first.
     */
    public void recordActivity(ScopingId scoping, String section, String target, String what) {
        Membership me = scopings.membership(scoping);
        store.recordActivity(scoping, section, target, what, me.user().id());
    }

    public void removeRow(ScopingId scoping, long rowId, long expectedVersion) {
        Membership me = scopings.requireCanvasEditor(scoping);
        store.row(scoping, rowId);
        conflictSafe(() -> {
            store.removeRow(scoping, rowId, expectedVersion, me.user().id());
            return null;
        }, () -> store.row(scoping, rowId));
    }

    /** Moves a row up (negative) or down (positive) among its table's rows. */
    public void moveRow(ScopingId scoping, long rowId, int steps) {
        Membership me = scopings.requireCanvasEditor(scoping);
        store.row(scoping, rowId);
        store.moveRow(scoping, rowId, steps, me.user().id());
    }

    /** Section 9 worked out from the stored answers; members only. */
    public ResourceSplit resourceSplit(ScopingId scoping) {
        ScopingDetails details = scopings.details(scoping);
        CanvasContent content = store.content(scoping);
        return ResourceSplit.compute(details.parties(), content::text);
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
                String limit = store.content(scoping).text(FieldRef.joint(table.section(), column.notAfterField()));
                if (!limit.isEmpty() && value.compareTo(limit) > 0) {
                    problems.add(column.key(), "validation.dateAfter", new MessageKey("canvas." + table.section() + "." + column.notAfterField()));
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
                boolean earlier = store.content(scoping).rows(new TableRef(ref.section(), table.key())).stream()
                        .map(r -> r.cell(column.key()))
                        .anyMatch(d -> !d.isEmpty() && d.compareTo(value) > 0);
                if (earlier) problems.add(ref.field(), "validation.dateBefore", new MessageKey("canvas." + ref.section() + "." + table.key()));
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
    private <T> T conflictSafe(Supplier<T> write, Supplier<@Nullable Object> current) {
        try {
            return write.get();
        } catch (ObjectOptimisticLockingFailureException | DataIntegrityViolationException e) {
            Object now = current.get();
            if (now instanceof StoredValue v) throw new StaleVersionException(v.value(), v.version(), v.changedBy());
            if (now instanceof StoredRow r) throw new StaleVersionException(r.cells().toString(), r.version(), r.changedBy());
            throw new StaleVersionException("", StoredValue.NEW, "");
        }
    }
}

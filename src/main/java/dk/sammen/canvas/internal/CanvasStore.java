package dk.sammen.canvas.internal;

import dk.sammen.base.InvalidInputException;
import dk.sammen.base.Problem;
import dk.sammen.canvas.CanvasContent;
import dk.sammen.canvas.ChangeEntry;
import dk.sammen.canvas.ChangeEntry.Action;
import dk.sammen.canvas.FieldRef;
import dk.sammen.canvas.StoredRow;
import dk.sammen.canvas.StoredValue;
import dk.sammen.canvas.TableRef;
import dk.sammen.scoping.PartyId;
import dk.sammen.scoping.ScopingId;
import dk.sammen.security.UserId;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Limit;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Maps the canvas tables to records and back. Only {@code CanvasService} calls it, inside its own
 * transaction, after it has checked access and input; the service also records the history and
 * publishes the events. A write based on an older version than the stored one fails here the way
 * a concurrent commit fails in the database (an optimistic locking failure), so the service
 * handles both alike.
 */
@Component
public class CanvasStore {

    /** The display names of the people who changed something, by account id: the service knows the scoping's people. */
    public interface Names extends Function<Collection<Long>, Map<Long, String>> {
    }

    /**
     * A write based on an older version, found by this store's own check before anything was
     * written (so the transaction is intact and may go on, for example to merge); carries the
     * answer as stored now (without the writer's name).
     */
    public static final class StaleWrite extends ObjectOptimisticLockingFailureException {
        private final transient StoredValue current;
        private final long changedById;

        StaleWrite(StoredValue current, long changedById, long id) {
            super(FieldValueEntity.class, id);
            this.current = current;
            this.changedById = changedById;
        }

        /** Who saved the answer as stored now (an account id). */
        public long changedById() {
            return changedById;
        }

        public StoredValue current() {
            return current;
        }
    }

    /** A stored answer, and what it was before this write and who had written that (0: nobody). */
    public record ValueWrite(StoredValue stored, String before, long beforeBy) {
    }

    /** A table row after a write, and its cells before and after as the history keeps them. */
    public record RowWrite(StoredRow stored, String before, String after) {
    }

    /** A removed row: its table and its cells as the history keeps them. */
    public record RowRemoval(TableRef table, String cells) {
    }

    /** A moved row: its table and its places before and after, counted from 1; equal when it could not move. */
    public record RowMove(TableRef table, int from, int to) {
    }

    private static final TypeReference<LinkedHashMap<String, String>> CELLS = new TypeReference<>() {
    };
    private final FieldValueRepository values;
    private final TableRowRepository rows;
    private final ChangeRepository changes;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();

    CanvasStore(FieldValueRepository values, TableRowRepository rows, ChangeRepository changes, Clock clock) {
        this.values = values;
        this.rows = rows;
        this.changes = changes;
        this.clock = clock;
    }

    public CanvasContent content(ScopingId scoping, Names names) {
        List<FieldValueEntity> valueEntities = values.findByScopingId(scoping.value());
        List<TableRowEntity> rowEntities = rows.findByScopingIdOrderByPositionAsc(scoping.value());
        Set<Long> people = new HashSet<>();
        valueEntities.forEach(v -> people.add(v.getChangedBy()));
        rowEntities.forEach(r -> people.add(r.getChangedBy()));
        Map<Long, String> known = names.apply(people);
        Map<String, StoredValue> valueMap = valueEntities.stream()
                .collect(Collectors.toMap(FieldValueEntity::getValueKey, v -> toStored(v, known)));
        Map<String, List<StoredRow>> rowMap = new LinkedHashMap<>();
        for (TableRowEntity row : rowEntities) {
            StoredRow stored = toStored(row, known);
            rowMap.computeIfAbsent(stored.table().key(), k -> new ArrayList<>()).add(stored);
        }
        return new CanvasContent(valueMap, rowMap);
    }

    public ValueWrite writeValue(ScopingId scoping, FieldRef ref, String value, long expectedVersion, UserId by, String byName) {
        var existing = values.findByScopingIdAndValueKey(scoping.value(), ref.key());
        FieldValueEntity entity;
        String before = "";
        long beforeBy = 0;
        if (existing.isPresent()) {
            entity = existing.get();
            before = entity.getValue();
            beforeBy = entity.getChangedBy();
            if (entity.getLockVersion() != expectedVersion) throw new StaleWrite(toStored(entity, Map.of()), entity.getChangedBy(), entity.requireId());
        } else {
            entity = new FieldValueEntity(scoping.value(), ref.section(), ref.field(),
                    ref.party() == null ? null : ref.party().value(), ref.key());
        }
        entity.write(value, by.value(), clock.instant());
        entity = values.saveAndFlush(entity);
        return new ValueWrite(toStored(entity, Map.of(by.value(), byName)), before, beforeBy);
    }

    public StoredRow row(ScopingId scoping, long rowId, Names names) {
        TableRowEntity row = rowOf(scoping, rowId);
        return toStored(row, names.apply(List.of(row.getChangedBy())));
    }

    public RowWrite addRow(ScopingId scoping, TableRef table, Map<String, String> cells, UserId by, String byName) {
        int position = rows.findByScopingIdAndSectionKeyAndTableKeyOrderByPositionAsc(scoping.value(), table.section(), table.table())
                .stream().mapToInt(TableRowEntity::getPosition).max().orElse(-1) + 1;
        TableRowEntity row = new TableRowEntity(scoping.value(), table.section(), table.table(), position);
        String after = json.writeValueAsString(cells);
        row.write(after, by.value(), clock.instant());
        row = rows.saveAndFlush(row);
        return new RowWrite(toStored(row, Map.of(by.value(), byName)), "", after);
    }

    public RowWrite writeRow(ScopingId scoping, long rowId, Map<String, String> cells, long expectedVersion, UserId by, String byName) {
        TableRowEntity row = currentRow(scoping, rowId, expectedVersion);
        String before = row.getCells();
        String after = json.writeValueAsString(cells);
        row.write(after, by.value(), clock.instant());
        row = rows.saveAndFlush(row);
        return new RowWrite(toStored(row, Map.of(by.value(), byName)), before, after);
    }

    public RowRemoval removeRow(ScopingId scoping, long rowId, long expectedVersion) {
        TableRowEntity row = currentRow(scoping, rowId, expectedVersion);
        rows.delete(row);
        rows.flush();
        return new RowRemoval(new TableRef(row.getSectionKey(), row.getTableKey()), row.getCells());
    }

    /** Reorders the table; positions change, the rows' versions stay, so nobody's cell edit conflicts with a move. */
    public RowMove moveRow(ScopingId scoping, long rowId, int steps) {
        TableRowEntity row = rowOf(scoping, rowId);
        List<TableRowEntity> siblings = new ArrayList<>(rows.findByScopingIdAndSectionKeyAndTableKeyOrderByPositionAsc(
                scoping.value(), row.getSectionKey(), row.getTableKey()));
        int from = siblings.indexOf(row);
        int to = Math.max(0, Math.min(siblings.size() - 1, from + steps));
        TableRef table = new TableRef(row.getSectionKey(), row.getTableKey());
        if (from == to) return new RowMove(table, from + 1, to + 1);
        siblings.add(to, siblings.remove(from));
        for (int i = 0; i < siblings.size(); i++) rows.placeAt(siblings.get(i).requireId(), i);
        return new RowMove(table, from + 1, to + 1);
    }

    /** A table's rows as they are now, in their order. */
    public List<StoredRow> rows(ScopingId scoping, TableRef table, Names names) {
        List<TableRowEntity> now = rows.findByScopingIdAndSectionKeyAndTableKeyOrderByPositionAsc(scoping.value(), table.section(),
                table.table());
        Map<Long, String> known = names.apply(now.stream().map(TableRowEntity::getChangedBy).collect(Collectors.toSet()));
        return now.stream().map(r -> toStored(r, known)).toList();
    }

    /** Writes one entry of the history. */
    public ChangeEntry record(ScopingId scoping, String section, String target, @Nullable Long rowId, Action action, String before,
                              String after, UserId by, String byName) {
        ChangeEntity change = changes.save(new ChangeEntity(scoping.value(), section, target, rowId, action, before, after,
                by.value(), clock.instant()));
        return change.toEntry(byName);
    }

    /** The latest changes of a scoping, newest first. */
    public List<ChangeEntry> recentChanges(ScopingId scoping, int limit, Names names) {
        return entries(changes.findByScopingIdOrderByIdDesc(scoping.value(), Limit.of(limit)), names);
    }

    /** Every change of one section, newest first. */
    public List<ChangeEntry> sectionHistory(ScopingId scoping, String section, Names names) {
        return entries(changes.findByScopingIdAndSectionKeyOrderByIdDesc(scoping.value(), section), names);
    }

    public ChangeEntry change(ScopingId scoping, long changeId, Names names) {
        return entries(List.of(changes.findById(changeId).filter(c -> c.getScopingId() == scoping.value())
                .orElseThrow(() -> new InvalidInputException(Problem.of("change", "validation.unknownChange")))), names).getFirst();
    }

    /** Reads a row's cells as stored in the history. */
    public Map<String, String> cells(String json) {
        return json.isEmpty() ? Map.of() : this.json.readValue(json, CELLS);
    }

    private List<ChangeEntry> entries(List<ChangeEntity> found, Names names) {
        Map<Long, String> known = names.apply(found.stream().map(ChangeEntity::getChangedBy).collect(Collectors.toSet()));
        return found.stream().map(c -> c.toEntry(known.getOrDefault(c.getChangedBy(), ""))).toList();
    }

    private TableRowEntity currentRow(ScopingId scoping, long rowId, long expectedVersion) {
        TableRowEntity row = rowOf(scoping, rowId);
        if (row.getLockVersion() != expectedVersion) throw new ObjectOptimisticLockingFailureException(TableRowEntity.class, rowId);
        return row;
    }

    private TableRowEntity rowOf(ScopingId scoping, long rowId) {
        // A row of another scoping is treated exactly like a row that does not exist.
        return rows.findById(rowId).filter(r -> r.getScopingId() == scoping.value())
                .orElseThrow(() -> new InvalidInputException(Problem.of("row", "validation.unknownRow")));
    }

    private StoredValue toStored(FieldValueEntity v, Map<Long, String> names) {
        PartyId party = v.getPartyId() == null ? null : new PartyId(v.getPartyId());
        return new StoredValue(new FieldRef(v.getSectionKey(), v.getFieldKey(), party), v.getValue(), v.getLockVersion(),
                names.getOrDefault(v.getChangedBy(), ""), v.getChangedAt());
    }

    private StoredRow toStored(TableRowEntity r, Map<Long, String> names) {
        return new StoredRow(r.requireId(), new TableRef(r.getSectionKey(), r.getTableKey()), r.getPosition(),
                json.readValue(r.getCells(), CELLS), r.getLockVersion(), names.getOrDefault(r.getChangedBy(), ""), r.getChangedAt());
    }
}

package dk.sammen.canvas.internal;

import dk.sammen.base.InvalidInputException;
import dk.sammen.base.Problem;
import dk.sammen.base.StaleVersionException;
import dk.sammen.canvas.CanvasContent;
import dk.sammen.canvas.CanvasEvents;
import dk.sammen.canvas.ChangeEntry;
import dk.sammen.canvas.ChangeEntry.Action;
import dk.sammen.canvas.FieldRef;
import dk.sammen.canvas.StoredRow;
import dk.sammen.canvas.StoredValue;
import dk.sammen.canvas.TableRef;
import dk.sammen.scoping.PartyId;
import dk.sammen.scoping.ScopingId;
import dk.sammen.scoping.ScopingService;
import dk.sammen.security.AccountService;
import dk.sammen.security.UserId;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The canvas tables, behind {@code CanvasService}, which has already checked access and input.
 * Each write runs in its own transaction and compares versions inside it.
 */
@Component
public class CanvasStore {

    private static final TypeReference<LinkedHashMap<String, String>> CELLS = new TypeReference<>() {
    };
    private final FieldValueRepository values;
    private final TableRowRepository rows;
    private final ScopingService scopings;
    private final AccountService accounts;
    private final ChangeRepository changes;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();

    CanvasStore(FieldValueRepository values, TableRowRepository rows, ChangeRepository changes, ScopingService scopings,
                AccountService accounts, ApplicationEventPublisher events, Clock clock) {
        this.values = values;
        this.rows = rows;
        this.changes = changes;
        this.scopings = scopings;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public CanvasContent content(ScopingId scoping) {
        Map<Long, String> names = accounts.displayNames();
        Map<String, StoredValue> valueMap = values.findByScopingId(scoping.value()).stream()
                .collect(Collectors.toMap(FieldValueEntity::getValueKey, v -> toStored(v, names)));
        Map<String, List<StoredRow>> rowMap = new LinkedHashMap<>();
        for (TableRowEntity row : rows.findByScopingIdOrderByPositionAsc(scoping.value())) {
            StoredRow stored = toStored(row, names);
            rowMap.computeIfAbsent(stored.table().key(), k -> new ArrayList<>()).add(stored);
        }
        return new CanvasContent(valueMap, rowMap);
    }

    @Transactional
    public StoredValue writeValue(ScopingId scoping, FieldRef ref, String value, long expectedVersion, UserId by, Action action) {
        var existing = values.findByScopingIdAndValueKey(scoping.value(), ref.key());
        FieldValueEntity entity;
        String before = "";
        if (existing.isPresent()) {
            entity = existing.get();
            before = entity.getValue();
            if (entity.getLockVersion() != expectedVersion) {
                throw new StaleVersionException(entity.getValue(), entity.getLockVersion(), accounts.displayNames().getOrDefault(entity.getChangedBy(), ""));
            }
        } else {
            entity = new FieldValueEntity(scoping.value(), ref.section(), ref.field(),
                    ref.party() == null ? null : ref.party().value(), ref.key());
        }
        entity.write(value, by.value(), clock.instant());
        entity = values.saveAndFlush(entity);
        Map<Long, String> names = accounts.displayNames();
        StoredValue stored = toStored(entity, names);
        record(scoping, ref.section(), ref.key(), null, action, before, value, by, names);
        events.publishEvent(new CanvasEvents.AnswerChanged(scoping.value(), stored));
        return stored;
    }

    @Transactional(readOnly = true)
    public StoredRow row(ScopingId scoping, long rowId) {
        return toStored(rowOf(scoping, rowId), accounts.displayNames());
    }

    @Transactional
    public StoredRow addRow(ScopingId scoping, TableRef table, Map<String, String> cells, UserId by, Action action) {
        int position = rows.findByScopingIdAndSectionKeyAndTableKeyOrderByPositionAsc(scoping.value(), table.section(), table.table())
                .stream().mapToInt(TableRowEntity::getPosition).max().orElse(-1) + 1;
        TableRowEntity row = new TableRowEntity(scoping.value(), table.section(), table.table(), position);
        String after = json.writeValueAsString(cells);
        row.write(after, by.value(), clock.instant());
        row = rows.saveAndFlush(row);
        Map<Long, String> names = accounts.displayNames();
        record(scoping, table.section(), table.key(), row.requireId(), action, "", after, by, names);
        tableChanged(scoping, table, names);
        return toStored(row, names);
    }

    @Transactional
    public StoredRow writeRow(ScopingId scoping, long rowId, Map<String, String> cells, long expectedVersion, UserId by,
                              Action action) {
        TableRowEntity row = currentRow(scoping, rowId, expectedVersion);
        String before = row.getCells();
        String after = json.writeValueAsString(cells);
        row.write(after, by.value(), clock.instant());
        row = rows.saveAndFlush(row);
        Map<Long, String> names = accounts.displayNames();
        TableRef table = new TableRef(row.getSectionKey(), row.getTableKey());
        record(scoping, table.section(), table.key(), rowId, action, before, after, by, names);
        tableChanged(scoping, table, names);
        return toStored(row, names);
    }

    @Transactional
    public void removeRow(ScopingId scoping, long rowId, long expectedVersion, UserId by) {
        TableRowEntity row = currentRow(scoping, rowId, expectedVersion);
        TableRef table = new TableRef(row.getSectionKey(), row.getTableKey());
        rows.delete(row);
        rows.flush();
        Map<Long, String> names = accounts.displayNames();
        record(scoping, table.section(), table.key(), rowId, Action.REMOVE_ROW, row.getCells(), "", by, names);
        tableChanged(scoping, table, names);
    }

    /** Reorders the table; positions change, the rows' versions stay, so nobody's cell edit conflicts with a move. */
    @Transactional
    public void moveRow(ScopingId scoping, long rowId, int steps, UserId by) {
        TableRowEntity row = rowOf(scoping, rowId);
        List<TableRowEntity> siblings = new ArrayList<>(rows.findByScopingIdAndSectionKeyAndTableKeyOrderByPositionAsc(
                scoping.value(), row.getSectionKey(), row.getTableKey()));
        int from = siblings.indexOf(row);
        int to = Math.max(0, Math.min(siblings.size() - 1, from + steps));
        if (from == to) return;
        siblings.add(to, siblings.remove(from));
        for (int i = 0; i < siblings.size(); i++) rows.placeAt(siblings.get(i).requireId(), i);
        Map<Long, String> names = accounts.displayNames();
        TableRef table = new TableRef(row.getSectionKey(), row.getTableKey());
        record(scoping, table.section(), table.key(), rowId, Action.MOVE_ROW, String.valueOf(from + 1), String.valueOf(to + 1), by, names);
        tableChanged(scoping, table, names);
    }

    /** The latest changes of a scoping, newest first. */
    @Transactional(readOnly = true)
    public List<ChangeEntry> recentChanges(ScopingId scoping, int limit) {
        Map<Long, String> names = accounts.displayNames();
        return changes.findByScopingIdOrderByIdDesc(scoping.value(), Limit.of(limit)).stream()
                .map(c -> c.toEntry(names.getOrDefault(c.getChangedBy(), ""))).toList();
    }

    /** Every change of one section, newest first. */
    @Transactional(readOnly = true)
    public List<ChangeEntry> sectionHistory(ScopingId scoping, String section) {
        Map<Long, String> names = accounts.displayNames();
        return changes.findByScopingIdAndSectionKeyOrderByIdDesc(scoping.value(), section).stream()
                .map(c -> c.toEntry(names.getOrDefault(c.getChangedBy(), ""))).toList();
    }

    @Transactional(readOnly = true)
    public ChangeEntry change(ScopingId scoping, long changeId) {
        ChangeEntity change = changes.findById(changeId).filter(c -> c.getScopingId() == scoping.value())
                .orElseThrow(() -> new InvalidInputException(Problem.of("change", "validation.unknownChange")));
        return change.toEntry(accounts.displayNames().getOrDefault(change.getChangedBy(), ""));
    }

    @Transactional
    public void recordActivity(ScopingId scoping, String section, String target, String what, UserId by) {
        record(scoping, section, target, null, Action.FLAG, "", what, by, accounts.displayNames());
    }

    /** Reads a row's cells as stored in the history. */
    public Map<String, String> cells(String json) {
        return json.isEmpty() ? Map.of() : this.json.readValue(json, CELLS);
    }

    private void record(ScopingId scoping, String section, String target, Long rowId, Action action, String before, String after,
                        UserId by, Map<Long, String> names) {
        ChangeEntity change = changes.save(new ChangeEntity(scoping.value(), section, target, rowId, action, before, after,
                by.value(), clock.instant()));
        scopings.recordChange(scoping, by);
        events.publishEvent(new CanvasEvents.ChangeRecorded(scoping.value(), change.toEntry(names.getOrDefault(by.value(), ""))));
    }

    private void tableChanged(ScopingId scoping, TableRef table, Map<Long, String> names) {
        List<StoredRow> now = rows.findByScopingIdAndSectionKeyAndTableKeyOrderByPositionAsc(scoping.value(), table.section(),
                table.table()).stream().map(r -> toStored(r, names)).toList();
        events.publishEvent(new CanvasEvents.TableChanged(scoping.value(), table, now));
    }

    private TableRowEntity currentRow(ScopingId scoping, long rowId, long expectedVersion) {
        TableRowEntity row = rowOf(scoping, rowId);
        if (row.getLockVersion() != expectedVersion) {
            throw new StaleVersionException(row.getCells(), row.getLockVersion(), accounts.displayNames().getOrDefault(row.getChangedBy(), ""));
        }
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

package dk.sammen.canvas.internal;

import dk.sammen.base.InvalidInputException;
import dk.sammen.base.Problem;
import dk.sammen.base.StaleVersionException;
import dk.sammen.canvas.CanvasContent;
import dk.sammen.canvas.FieldRef;
import dk.sammen.canvas.StoredRow;
import dk.sammen.canvas.StoredValue;
import dk.sammen.canvas.TableRef;
import dk.sammen.scoping.PartyId;
import dk.sammen.scoping.ScopingId;
import dk.sammen.scoping.ScopingService;
import dk.sammen.security.AccountService;
import dk.sammen.security.UserId;
import dk.sammen.security.UserSummary;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();

    CanvasStore(FieldValueRepository values, TableRowRepository rows, ScopingService scopings, AccountService accounts,
                Clock clock) {
        this.values = values;
        this.rows = rows;
        this.scopings = scopings;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public CanvasContent content(ScopingId scoping) {
        Map<Long, String> names = userNames();
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
    public StoredValue writeValue(ScopingId scoping, FieldRef ref, String value, long expectedVersion, UserId by) {
        var existing = values.findByScopingIdAndValueKey(scoping.value(), ref.key());
        FieldValueEntity entity;
        if (existing.isPresent()) {
            entity = existing.get();
            if (entity.getLockVersion() != expectedVersion) {
                throw new StaleVersionException(entity.getValue(), entity.getLockVersion(), userNames().getOrDefault(entity.getChangedBy(), ""));
            }
        } else {
            entity = new FieldValueEntity(scoping.value(), ref.section(), ref.field(),
                    ref.party() == null ? null : ref.party().value(), ref.key());
        }
        entity.write(value, by.value(), clock.instant());
        entity = values.saveAndFlush(entity);
        scopings.recordChange(scoping, by);
        return toStored(entity, userNames());
    }

    @Transactional(readOnly = true)
    public StoredRow row(ScopingId scoping, long rowId) {
        return toStored(rowOf(scoping, rowId), userNames());
    }

    @Transactional
    public StoredRow addRow(ScopingId scoping, TableRef table, Map<String, String> cells, UserId by) {
        int position = rows.findByScopingIdAndSectionKeyAndTableKeyOrderByPositionAsc(scoping.value(), table.section(), table.table())
                .stream().mapToInt(TableRowEntity::getPosition).max().orElse(-1) + 1;
        TableRowEntity row = new TableRowEntity(scoping.value(), table.section(), table.table(), position);
        row.write(json.writeValueAsString(cells), by.value(), clock.instant());
        row = rows.saveAndFlush(row);
        scopings.recordChange(scoping, by);
        return toStored(row, userNames());
    }

    @Transactional
    public StoredRow writeRow(ScopingId scoping, long rowId, Map<String, String> cells, long expectedVersion, UserId by) {
        TableRowEntity row = currentRow(scoping, rowId, expectedVersion);
        row.write(json.writeValueAsString(cells), by.value(), clock.instant());
        row = rows.saveAndFlush(row);
        scopings.recordChange(scoping, by);
        return toStored(row, userNames());
    }

    @Transactional
    public void removeRow(ScopingId scoping, long rowId, long expectedVersion, UserId by) {
        rows.delete(currentRow(scoping, rowId, expectedVersion));
        rows.flush();
        scopings.recordChange(scoping, by);
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
        scopings.recordChange(scoping, by);
    }

    private TableRowEntity currentRow(ScopingId scoping, long rowId, long expectedVersion) {
        TableRowEntity row = rowOf(scoping, rowId);
        if (row.getLockVersion() != expectedVersion) {
            throw new StaleVersionException(row.getCells(), row.getLockVersion(), userNames().getOrDefault(row.getChangedBy(), ""));
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

    private Map<Long, String> userNames() {
        return accounts.allUsers().stream().collect(Collectors.toMap(u -> u.id().value(), UserSummary::displayName));
    }
}

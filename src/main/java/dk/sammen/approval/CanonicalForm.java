package dk.sammen.approval;

import dk.sammen.canvas.CanvasContent;
import dk.sammen.canvas.CanvasTemplate;
import dk.sammen.canvas.FieldRef;
import dk.sammen.canvas.FieldType;
import dk.sammen.canvas.StoredRow;
import dk.sammen.canvas.TableRef;
import dk.sammen.disagreement.Flag;
import dk.sammen.scoping.Party;
import dk.sammen.scoping.ScopingDetails;
import dk.sammen.scoping.ScopingRole;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.json.JsonMapper;

/**
 * The canonical form of a scoping version: JSON with sorted keys, text in Unicode NFC with
 * normalised whitespace, parties named by department (never by database id), empty answers
 * left out. The same content gives the same bytes whatever the order of entry, the database or
 * the server; the fingerprint is taken over these bytes. See docs/adr/0004.
 */
public final class CanonicalForm {

    public static final String FORMAT = "sammen-charter/1";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private CanonicalForm() {
    }

    public static String of(ScopingDetails scoping, CanvasContent content, CanvasTemplate template, List<Flag> openIssues) {
        Map<String, Object> root = new TreeMap<>();
        root.put("format", FORMAT);
        Map<String, Object> head = new TreeMap<>();
        head.put("title", text(scoping.title()));
        head.put("caseNumber", text(scoping.caseNumber()));
        head.put("version", scoping.versionNumber());
        head.put("facilitators", scoping.withRole(ScopingRole.FACILITATOR).stream().map(m -> text(m.user().displayName())).sorted().toList());
        head.put("evaluators", scoping.withRole(ScopingRole.EVALUATOR).stream().map(m -> text(m.user().displayName())).sorted().toList());
        root.put("scoping", head);

        List<Map<String, Object>> parties = new ArrayList<>();
        for (Party p : scoping.parties().stream().sorted(Comparator.comparing(Party::name)).toList()) {
            Map<String, Object> party = new TreeMap<>();
            party.put("department", text(p.name()));
            party.put("partnerType", p.partnerType().name());
            party.put("contact", text(p.dayToDayContact()));
            party.put("leader", scoping.leaderOf(p.id()).map(m -> text(m.user().displayName())).orElse(""));
            parties.add(party);
        }
        root.put("parties", parties);

        Map<String, Object> sections = new TreeMap<>();
        for (CanvasTemplate.Section section : template.sections()) {
            Map<String, Object> answers = new TreeMap<>();
            for (CanvasTemplate.Field field : section.fields()) {
                if (field.type() == FieldType.TABLE) {
                    List<Map<String, String>> rows = new ArrayList<>();
                    for (StoredRow row : content.rows(new TableRef(section.key(), field.key()))) {
                        Map<String, String> cells = new TreeMap<>();
                        for (CanvasTemplate.Column column : field.columns()) {
                            String v = cellValue(column.type(), row.cell(column.key()), scoping);
                            if (!v.isEmpty()) cells.put(column.key(), v);
                        }
                        rows.add(cells);
                    }
                    if (!rows.isEmpty()) answers.put(field.key(), rows);
                } else if (field.perParty()) {
                    Map<String, String> byParty = new TreeMap<>();
                    for (Party p : scoping.parties()) {
                        String v = text(content.text(FieldRef.forParty(section.key(), field.key(), p.id())));
                        if (!v.isEmpty()) byParty.put(text(p.name()), v);
                    }
                    if (!byParty.isEmpty()) answers.put(field.key(), byParty);
                } else {
                    String v = text(content.text(FieldRef.joint(section.key(), field.key())));
                    if (!v.isEmpty()) answers.put(field.key(), v);
                }
            }
            if (!answers.isEmpty()) sections.put(section.key(), answers);
        }
        root.put("sections", sections);

        List<Map<String, Object>> issues = new ArrayList<>();
        for (Flag f : openIssues.stream().sorted(Comparator.comparing(Flag::title)).toList()) {
            Map<String, Object> issue = new TreeMap<>();
            issue.put("section", f.section());
            issue.put("title", text(f.title()));
            issue.put("description", text(f.description()));
            Map<String, String> reservations = new TreeMap<>();
            f.positions().forEach(p -> reservations.put(text(p.partyName()), text(p.text())));
            issue.put("reservations", reservations);
            issues.add(issue);
        }
        root.put("openIssues", issues);
        return JSON.writeValueAsString(root);
    }

    /** Parties by department name; everything else as stored (ISO dates, plain numbers, option keys). */
    private static String cellValue(FieldType type, String stored, ScopingDetails scoping) {
        if (type == FieldType.PARTY && !stored.isEmpty()) {
            return scoping.parties().stream().filter(p -> String.valueOf(p.id().value()).equals(stored)).map(p -> text(p.name()))
                    .findFirst().orElse("");
        }
        return text(stored);
    }

    /** NFC, Unix line ends, runs of spaces and tabs as one space, no blanks at line ends or around the text. */
    static String text(String value) {
        String nfc = Normalizer.normalize(value, Normalizer.Form.NFC).replace("\r\n", "\n").replace('\r', '\n');
        return nfc.replaceAll("[ \\t\\u00a0]+", " ").replaceAll(" *\\n *", "\n").strip();
    }
}

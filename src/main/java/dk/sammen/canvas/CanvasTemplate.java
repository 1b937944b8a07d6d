package dk.sammen.canvas;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The sections and fields of a scoping canvas, with their rules. Read from data
 * ({@code canvas/default-template.json}) so an organisation can adapt it without code.
 */
public record CanvasTemplate(List<Section> sections) {

    // The few places of the template that Sammen's own rules refer to: the review's "before"
    // checklist, the escalation ladder, the resource split, the charter's summary and the dates that
    // remind people. The template is data (ADR 0002); these keys are named once, here, and a template
    // must keep them (CanvasTemplateTest checks the default one).
    public static final FieldRef PROBLEM = FieldRef.joint("background", "problem");
    public static final FieldRef SHARED_PURPOSE = FieldRef.joint("purpose", "sharedPurpose");
    public static final FieldRef FORM = FieldRef.joint("form", "form");
    public static final TableRef LADDER = new TableRef("mandate", "ladder");
    /** The ladder's column naming who decides at a step. */
    public static final String LADDER_DECIDES = "decides";
    /** The ladder's column giving a step's working days before it escalates. */
    public static final String LADDER_DAYS = "days";
    /** Section 9: hours, money and the agreed share, per party. */
    public static final String RESOURCES = "resources";
    public static final String HOURS = "hours";
    public static final String MONEY = "money";
    public static final String SHARE = "share";
    public static final FieldRef SUCCESS_CRITERIA = FieldRef.joint("exit", "successCriteria");
    public static final FieldRef END_DATE = FieldRef.joint("exit", "endDate");
    public static final TableRef REVIEW_DATES = new TableRef("exit", "reviews");
    /** The review dates' columns: when, and what the review is for. */
    public static final String REVIEW_DATE = "date";
    public static final String REVIEW_PURPOSE = "purpose";
    /** The section the accepted disagreements are listed in. */
    public static final String OPEN_ISSUES = "openIssues";

    public CanvasTemplate {
        sections = List.copyOf(sections);
    }

    public Optional<Section> section(String key) {
        return sections.stream().filter(s -> s.key().equals(key)).findFirst();
    }

    public Optional<Field> field(String section, String field) {
        return section(section).flatMap(s -> s.field(field));
    }

    /** Sections whose content is not kept as canvas fields but shown from elsewhere. */
    public enum Kind { FIELDS, DETAILS, PARTIES, ROLES, RESOURCES }

    /** {@code minutes}: the section's default time box in a live session. */
    public record Section(String key, String number, Kind kind, List<Field> fields, int minutes) {

        public Section {
            fields = List.copyOf(fields);
        }

        public Optional<Field> field(String key) {
            return fields.stream().filter(f -> f.key().equals(key)).findFirst();
        }

        public String titleKey() {
            return CanvasKeys.sectionTitle(key).key();
        }
    }

    public record Field(String key, FieldType type, boolean perParty, boolean required, int maxLength, List<String> options,
                        List<Column> columns, int minRows) {

        public Field {
            options = List.copyOf(options);
            columns = List.copyOf(columns);
        }

        public Optional<Column> column(String key) {
            return columns.stream().filter(c -> c.key().equals(key)).findFirst();
        }
    }

    /** A table column; {@code requiredWhen} makes it required when another cell of the row has a value. */
    public record Column(String key, FieldType type, boolean required, int maxLength, List<String> options,
                         @Nullable Condition requiredWhen, @Nullable String notAfterField) {

        public Column {
            options = List.copyOf(options);
        }
    }

    public record Condition(String column, String value) {
    }
}

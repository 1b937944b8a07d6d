package dk.sammen.canvas;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The sections and fields of a scoping canvas, with their rules. Read from data
 * ({@code canvas/default-template.json}) so an organisation can adapt it without code.
 */
public record CanvasTemplate(List<Section> sections) {

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

    public record Section(String key, String number, Kind kind, List<Field> fields) {

        public Section {
            fields = List.copyOf(fields);
        }

        public Optional<Field> field(String key) {
            return fields.stream().filter(f -> f.key().equals(key)).findFirst();
        }

        public String titleKey() {
            return "canvas." + key + ".title";
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

package dk.sammen.canvas.internal;

import dk.sammen.canvas.CanvasTemplate;
import dk.sammen.canvas.CanvasTemplate.Column;
import dk.sammen.canvas.CanvasTemplate.Condition;
import dk.sammen.canvas.CanvasTemplate.Field;
import dk.sammen.canvas.CanvasTemplate.Kind;
import dk.sammen.canvas.CanvasTemplate.Section;
import dk.sammen.canvas.FieldType;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads the canvas template once at start-up; a broken template stops the start with a clear error. */
@Configuration
class TemplateLoader {

    static final int DEFAULT_TEXT_MAX = 500;
    static final int DEFAULT_TEXTAREA_MAX = 4000;
    /** A section's time box in a live session when the template names none. */
    static final int DEFAULT_MINUTES = 10;

    @Bean
    CanvasTemplate canvasTemplate(@Value("${sammen.canvas.template:classpath:canvas/default-template.json}") Resource resource)
            throws IOException {
        try (InputStream in = resource.getInputStream()) {
            return parse(JsonMapper.builder().build().readTree(in));
        }
    }

    static CanvasTemplate parse(JsonNode root) {
        List<Section> sections = new ArrayList<>();
        for (JsonNode s : root.get("sections")) {
            List<Field> fields = new ArrayList<>();
            for (JsonNode f : s.get("fields")) {
                FieldType type = FieldType.valueOf(f.get("type").asString());
                List<Column> columns = new ArrayList<>();
                for (JsonNode c : f.path("columns")) {
                    FieldType columnType = FieldType.valueOf(c.get("type").asString());
                    JsonNode when = c.get("requiredWhen");
                    columns.add(new Column(c.get("key").asString(), columnType, c.path("required").asBoolean(false),
                            c.path("maxLength").asInt(defaultMax(columnType)), strings(c.path("options")),
                            when == null ? null : new Condition(when.get("column").asString(), when.get("value").asString()),
                            c.has("notAfterField") ? c.get("notAfterField").asString() : null));
                }
                fields.add(new Field(f.get("key").asString(), type, f.path("perParty").asBoolean(false),
                        f.path("required").asBoolean(false), f.path("maxLength").asInt(defaultMax(type)),
                        strings(f.path("options")), columns, f.path("minRows").asInt(0)));
            }
            sections.add(new Section(s.get("key").asString(), s.get("number").asString(),
                    Kind.valueOf(s.path("kind").asString("FIELDS")), fields, s.path("minutes").asInt(DEFAULT_MINUTES)));
        }
        return new CanvasTemplate(sections);
    }

    private static int defaultMax(FieldType type) {
        return type == FieldType.TEXTAREA ? DEFAULT_TEXTAREA_MAX : DEFAULT_TEXT_MAX;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asString()));
        return out;
    }
}

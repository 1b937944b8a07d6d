package dk.sammen.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Every visible string exists in Danish and in English, and every label of the canvas template has a text. */
class TranslationsTest {

    @Test
    void danish_and_english_have_the_same_keys() throws IOException {
        Properties english = load("messages.properties");
        Properties danish = load("messages_da.properties");
        assertThat(new TreeSet<>(danish.stringPropertyNames())).isEqualTo(new TreeSet<>(english.stringPropertyNames()));
        danish.forEach((k, v) -> assertThat((String) v).as(k.toString()).isNotBlank());
    }

    @Test
    void every_section_field_and_column_of_the_template_has_a_label() throws IOException {
        Set<String> keys = load("messages_da.properties").stringPropertyNames();
        JsonNode template;
        try (var in = getClass().getResourceAsStream("/canvas/default-template.json")) {
            template = JsonMapper.builder().build().readTree(in);
        }
        List<String> needed = new ArrayList<>();
        for (JsonNode section : template.get("sections")) {
            String s = section.get("key").asString();
            needed.add("canvas." + s + ".title");
            for (JsonNode field : section.get("fields")) {
                String f = "canvas." + s + "." + field.get("key").asString();
                needed.add(f);
                field.path("columns").forEach(c -> needed.add(f + "." + c.get("key").asString()));
                field.path("options").forEach(o -> needed.add("option." + o.asString()));
                field.path("columns").forEach(c -> c.path("options").forEach(o -> needed.add("option." + o.asString())));
            }
        }
        assertThat(keys).containsAll(needed);
    }

    @Test
    void users_never_see_our_word_for_the_source_material() throws IOException {
        for (String file : java.util.List.of("messages.properties", "messages_da.properties")) {
            Properties messages = load(file);
            for (String key : messages.stringPropertyNames()) {
                assertThat(messages.getProperty(key).toLowerCase(java.util.Locale.ROOT)).as(file + " " + key).doesNotContain("seed");
            }
        }
    }

    @Test
    void the_danish_labels_use_the_seed_wording() throws IOException {
        Properties danish = load("messages_da.properties");
        assertThat(danish.getProperty("canvas.roles.title")).isEqualTo("Den neutrale evaluator");
        assertThat(danish.getProperty("canvas.exit.title")).isEqualTo("Afslutning af projektet, hvornår giver vi slip?");
        assertThat(danish.getProperty("canvas.resources.title")).isEqualTo("Fordeling af ressourcetræk");
    }

    @Test
    void danish_formats_are_used_when_the_language_is_danish() {
        var da = Translations.DANISH;
        assertThat(Formats.date(java.time.LocalDate.of(2026, 11, 24), da)).isEqualTo("24-11-2026");
        assertThat(Formats.number(new java.math.BigDecimal("1234.5"), da)).isEqualTo("1.234,5");
        assertThat(Formats.money(new java.math.BigDecimal("12500"), da)).isEqualTo("12.500 kr.");
        assertThat(Formats.money(new java.math.BigDecimal("12500"), Translations.ENGLISH)).isEqualTo("DKK 12,500");
    }

    /**
     * A text with placeholders goes through MessageFormat, which takes a lone apostrophe as the start
     * of a quoted part and drops it ("every partys leader"): there it must be written twice.
     */
    @Test
    void apostrophes_survive_in_texts_with_placeholders() throws IOException {
        for (String file : List.of("messages.properties", "messages_da.properties")) {
            Properties messages = load(file);
            for (String key : messages.stringPropertyNames()) {
                String raw = messages.getProperty(key);
                if (!raw.matches("(?s).*\\{\\d.*")) continue;
                String shown = new java.text.MessageFormat(raw).format(new Object[] {1, 1, 1, 1, 1});
                assertThat(shown.chars().filter(c -> c == '\'').count()).as(file + " " + key)
                        .isEqualTo(raw.replace("''", "'").chars().filter(c -> c == '\'').count());
            }
        }
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (var in = new InputStreamReader(TranslationsTest.class.getResourceAsStream("/" + name), StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }
}

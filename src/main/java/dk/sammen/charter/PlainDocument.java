package dk.sammen.charter;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * A plain document for the charter's renderers to lay out (for example a live session's minutes):
 * a title, then headings, paragraphs, label–value pairs and bullet lists, in the given language.
 */
public record PlainDocument(String title, String subject, Locale locale, Instant madeAt, List<Block> blocks) {

    public PlainDocument {
        blocks = List.copyOf(blocks);
    }

    public sealed interface Block {
    }

    /** Level 2 or 3 (the title is level 1). */
    public record Heading(int level, String text) implements Block {
    }

    public record Text(String text) implements Block {
    }

    public record Pair(String label, String value) implements Block {
    }

    public record Items(List<String> items) implements Block {
        public Items {
            items = List.copyOf(items);
        }
    }
}

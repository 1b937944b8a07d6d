package dk.sammen.canvas;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A comment on a section of the canvas; a reply names its parent. */
public record Comment(long id, String section, @Nullable Long parentId, String author, Instant createdAt, String text,
                      boolean resolved) {
}

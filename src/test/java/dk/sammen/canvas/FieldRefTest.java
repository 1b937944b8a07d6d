package dk.sammen.canvas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.sammen.scoping.PartyId;
import org.junit.jupiter.api.Test;

/** A field's or table's stored key reads back as the same reference. */
class FieldRefTest {

    @Test
    void keys_read_back_as_the_references_they_came_from() {
        for (FieldRef ref : new FieldRef[] {FieldRef.joint("purpose", "sharedPurpose"), FieldRef.forParty("resources", "share", new PartyId(7))}) {
            assertThat(FieldRef.parse(ref.key())).isEqualTo(ref);
        }
        TableRef table = new TableRef("mandate", "ladder");
        assertThat(TableRef.parse(table.key())).isEqualTo(table);
    }

    @Test
    void something_that_is_not_a_key_is_refused() {
        for (String bad : new String[] {"purpose", "/field", "a/b/c/d", "a/b/not-a-party", "a//1"}) {
            assertThatThrownBy(() -> FieldRef.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> TableRef.parse("a/b/c")).isInstanceOf(IllegalArgumentException.class);
    }
}

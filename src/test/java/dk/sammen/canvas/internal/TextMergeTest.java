package dk.sammen.canvas.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dk.sammen.canvas.internal.TextMerge.Conflict;
import dk.sammen.canvas.internal.TextMerge.Merged;
import org.junit.jupiter.api.Test;

class TextMergeTest {

    static final String BASE = "Borgerne skal opleve færre afspærringer. Data deles hver uge.";

    @Test
    void sentences_added_in_different_places_are_both_kept() {
        String theirs = "Borgerne skal opleve færre afspærringer. Cyklister skal også med. Data deles hver uge.";
        String mine = "Borgerne skal opleve færre afspærringer. Data deles hver uge. Analyseteamet ejer modellen.";
        var result = TextMerge.merge(BASE, theirs, mine);
        assertThat(result).isEqualTo(new Merged(
                "Borgerne skal opleve færre afspærringer. Cyklister skal også med. Data deles hver uge. Analyseteamet ejer modellen.",
                "Cyklister skal også med.", "Analyseteamet ejer modellen."));
    }

    @Test
    void a_word_changed_at_each_end_is_merged() {
        var result = TextMerge.merge(BASE, "Borgerne skal opleve langt færre afspærringer. Data deles hver uge.",
                "Borgerne skal opleve færre afspærringer. Data deles hver måned.");
        assertThat(result).isInstanceOfSatisfying(Merged.class, m -> assertThat(m.text())
                .isEqualTo("Borgerne skal opleve langt færre afspærringer. Data deles hver måned."));
    }

    @Test
    void two_changes_of_the_same_words_are_a_conflict_whose_proposal_keeps_both() {
        var result = TextMerge.merge(BASE, "Borgerne skal opleve færre afspærringer. Data deles hver dag.",
                "Borgerne skal opleve færre afspærringer. Data deles hver måned.");
        assertThat(result).isEqualTo(new Conflict("Borgerne skal opleve færre afspærringer. Data deles hver dag måned."));
    }

    @Test
    void both_adding_at_the_same_place_is_a_conflict_because_the_order_would_be_a_guess() {
        var result = TextMerge.merge("", "A: færre farlige situationer", "B: bedre skiltning");
        assertThat(result).isInstanceOfSatisfying(Conflict.class, c -> assertThat(c.proposal())
                .isEqualTo("A: færre farlige situationer B: bedre skiltning"));
    }

    @Test
    void deleted_on_one_side_and_edited_on_the_other_is_a_conflict_that_keeps_the_edit() {
        var result = TextMerge.merge(BASE, "Borgerne skal opleve færre afspærringer.",
                "Borgerne skal opleve færre afspærringer. Data deles hver anden uge.");
        assertThat(result).isInstanceOfSatisfying(Conflict.class, c -> assertThat(c.proposal())
                .isEqualTo("Borgerne skal opleve færre afspærringer. Data deles hver anden uge."));
    }

    @Test
    void a_deletion_elsewhere_merges_with_an_edit() {
        var result = TextMerge.merge(BASE, "Data deles hver uge.", "Borgerne skal opleve færre afspærringer. Data deles hver anden uge.");
        assertThat(result).isInstanceOfSatisfying(Merged.class, m -> assertThat(m.text()).isEqualTo("Data deles hver anden uge."));
    }

    @Test
    void the_same_change_on_both_sides_is_made_once() {
        String both = "Borgerne skal opleve færre afspærringer. Data deles hver fredag.";
        assertThat(TextMerge.merge(BASE, both, both)).isInstanceOfSatisfying(Merged.class, m -> assertThat(m.text()).isEqualTo(both));
    }

    @Test
    void danish_letters_and_emoji_survive_whole() {
        String base = "Mål: ærlig dialog 🚲 om øer.";
        var result = TextMerge.merge(base, "Mål: ærlig dialog 🚲👍 om øer.", "Mål: ærlig dialog 🚲 om små øer og å-løb.");
        assertThat(result).isInstanceOfSatisfying(Merged.class, m -> assertThat(m.text()).isEqualTo("Mål: ærlig dialog 🚲👍 om små øer og å-løb."));
        // An emoji is one token: a change next to it never splits its surrogate pair.
        assertThat(TextMerge.tokens("🚲👍 æøå")).containsExactly("🚲", "👍", " ", "æøå");
    }

    @Test
    void nothing_changed_on_one_side_gives_the_other_side() {
        assertThat(TextMerge.merge(BASE, BASE, "Helt ny tekst.")).isInstanceOfSatisfying(Merged.class,
                m -> assertThat(m.text()).isEqualTo("Helt ny tekst."));
    }

    @Test
    void a_text_that_only_adds_keeps_the_original() {
        assertThat(TextMerge.onlyAdds("om måneden.", "om dagen og måneden.")).isTrue();
        assertThat(TextMerge.onlyAdds("om måneden.", "om dagen.")).isFalse();
        assertThat(TextMerge.onlyAdds("om måneden.", "måneden.")).isFalse();
    }
}

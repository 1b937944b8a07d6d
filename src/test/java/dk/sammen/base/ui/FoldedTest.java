package dk.sammen.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Span;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class FoldedTest {

    @Test
    void the_content_is_built_on_the_first_opening_only_also_when_the_server_opens_it() {
        AtomicInteger built = new AtomicInteger();
        Details details = Folded.details("3 personer", () -> {
            built.incrementAndGet();
            return new Span("Kamilla");
        });
        assertThat(details.isOpened()).isFalse();
        assertThat(built).hasValue(0);
        assertThat(details.getContent()).isEmpty();

        details.setOpened(true);
        details.setOpened(false);
        details.setOpened(true);

        assertThat(built).hasValue(1);
        assertThat(details.getContent()).hasSize(1);
    }
}

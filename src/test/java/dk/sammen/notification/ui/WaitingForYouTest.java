package dk.sammen.notification.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Section;
import dk.sammen.SammenTest;
import dk.sammen.scoping.ui.DashboardView;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

/** "Venter på dig" on the dashboard: what waits for the person, each a link to the place. */
@SammenTest
class WaitingForYouTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("kamilla")
    void a_participant_sees_the_position_her_party_has_not_written_with_a_link_to_the_flag() {
        navigate(DashboardView.class);
        Section waiting = find(Section.class).id("waiting");
        var links = find(Anchor.class).from(waiting).all();
        assertThat(links).anySatisfy(a -> {
            assertThat(a.getText()).startsWith("Skriv holdningen for TMF Stab").contains("Hvem ejer videoerne fra vejarbejdet?");
            assertThat(a.getHref()).matches("scoping/\\d+\\?at=flags-data");
        });
    }

    @Test
    @WithUserDetails("ole")
    void someone_with_nothing_waiting_sees_no_such_list() {
        navigate(DashboardView.class);
        assertThat(find(Section.class).all()).noneMatch(s -> "waiting".equals(s.getId().orElse("")));
    }
}

package dk.sammen.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Anchor;
import dk.sammen.SammenTest;
import com.vaadin.flow.component.UI;
import dk.sammen.base.AccessibilityStatement;
import dk.sammen.base.Translations;
import org.junit.jupiter.api.Test;

/** The statement's link target and contact are the organisation's configuration. */
@SammenTest
class AccessibilityStatementViewTest extends SpringBrowserlessTest {

    @Test
    void without_configuration_the_link_leads_to_sammens_own_page_which_points_to_the_administrator() {
        AccessibilityStatement unset = new AccessibilityStatement("", "");
        assertThat(unset.link()).isEqualTo("accessibility-statement");
        UI.getCurrent().setLocale(Translations.DANISH);
        AccessibilityStatementView page = navigate(AccessibilityStatementView.class);
        assertThat(page.getElement().getTextRecursively()).contains("Tilgængelighedserklæring for Sammen", "WCAG 2.1 niveau AA",
                "kontakt din organisations administrator af Sammen", "Digitaliseringsstyrelsen");
        assertThat(StatementLink.to(unset).getHref()).isEqualTo("accessibility-statement");
    }

    @Test
    void the_organisations_was_tool_address_and_contact_are_used_when_configured() {
        AccessibilityStatement configured = new AccessibilityStatement(" https://www.was.digst.dk/sammen-eksempel-kommune ",
                "tilgaengelighed@kommune.example");
        assertThat(configured.link()).isEqualTo("https://www.was.digst.dk/sammen-eksempel-kommune");
        assertThat(StatementLink.to(configured).getHref()).isEqualTo("https://www.was.digst.dk/sammen-eksempel-kommune");
        AccessibilityStatementView page = new AccessibilityStatementView(configured);
        assertThat(find(Anchor.class).from(page).all()).extracting(Anchor::getHref)
                .contains("https://www.was.digst.dk/sammen-eksempel-kommune", "mailto:tilgaengelighed@kommune.example");
    }
}

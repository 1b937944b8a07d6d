package dk.sammen.scoping.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.textfield.TextField;
import dk.sammen.SammenTest;
import dk.sammen.TestUsers;
import dk.sammen.canvas.ui.CanvasView;
import dk.sammen.directory.DepartmentSummary;
import dk.sammen.scoping.ScopingService;
import dk.sammen.scoping.ScopingSummary;
import dk.sammen.security.ui.LoginView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;

@SammenTest
class DashboardViewTest extends SpringBrowserlessTest {

    @Autowired ScopingService scopings;

    @Test
    @WithAnonymousUser
    void someone_not_signed_in_is_sent_to_the_sign_in_page() {
        navigate("", LoginView.class);
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
    }

    @Test
    @WithUserDetails("nanna")
    void the_dashboard_lists_the_scopings_the_user_takes_part_in() {
        DashboardView view = navigate(DashboardView.class);
        assertThat(test(view.scopings).size()).isGreaterThanOrEqualTo(1);
        assertThat(view.scopings.getListDataView().getItems().map(ScopingSummary::title))
                .contains("Cyklisters adfærd ved vejarbejde");
        // Each title is a link to its scoping (middle click, new tab, a screen reader's list of links).
        var row = view.scopings.getListDataView().getItems().filter(s -> s.title().equals("Cyklisters adfærd ved vejarbejde")).findFirst()
                .orElseThrow();
        int index = view.scopings.getListDataView().getItems().toList().indexOf(row);
        var link = (com.vaadin.flow.component.html.Anchor) test(view.scopings).getCellComponent(index, 0);
        assertThat(link.getHref()).isEqualTo("scoping/" + row.id().value());
        assertThat(link.getText()).isEqualTo("Cyklisters adfærd ved vejarbejde");
        assertThat(test(view.scopings).getCellText(index, 1)).isEqualTo("Kladde");
    }

    @Test
    @WithUserDetails("ole")
    void someone_in_no_scoping_sees_none_and_is_told_how_to_begin() {
        DashboardView view = navigate(DashboardView.class);
        assertThat(view.scopings.isVisible()).isFalse();
        assertThat(view.empty.isVisible()).isTrue();
        assertThat(view.empty.getText()).startsWith("Du deltager ikke i nogen scoping endnu");
    }

    @Test
    @WithUserDetails("sofie")
    void a_facilitator_creates_a_scoping_and_lands_on_its_canvas() {
        DashboardView view = navigate(DashboardView.class);
        test(view.newScoping).click();
        NewScopingDialog dialog = find(NewScopingDialog.class).single();

        test(dialog.create).click(); // nothing filled in: messages at the fields, nothing created
        assertThat(dialog.title.isInvalid()).isTrue();
        assertThat(dialog.title.getErrorMessage()).isEqualTo("Skal udfyldes.");
        assertThat(dialog.parties.isInvalid()).isTrue();

        test(dialog.title).setValue("Vejarbejde og skiltning");
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<DepartmentSummary> parties = dialog.parties;
        var departments = parties.getListDataView().getItems().filter(d -> !d.shortName().equals("HR")).limit(2).toList();
        parties.setValue(new java.util.HashSet<>(departments));
        test(dialog.create).click();

        assertThat(getCurrentView()).isInstanceOf(CanvasView.class);
        var mine = TestUsers.as("sofie", () -> scopings.myScopings());
        assertThat(mine).extracting(ScopingSummary::title).contains("Vejarbejde og skiltning");
        assertThat(find(TextField.class).withValue("Vejarbejde og skiltning").exists()).isTrue();
    }
}

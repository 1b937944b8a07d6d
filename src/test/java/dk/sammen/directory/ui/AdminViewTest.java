package dk.sammen.directory.ui;

import static dk.sammen.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import dk.sammen.SammenTest;
import dk.sammen.base.ui.NotFoundView;
import dk.sammen.directory.DepartmentSummary;
import dk.sammen.directory.DirectoryService;
import dk.sammen.directory.ImportPreview;
import dk.sammen.directory.PeopleImport;
import dk.sammen.mail.MailOutbox;
import dk.sammen.security.ui.LoginView;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@SammenTest
class AdminViewTest extends SpringBrowserlessTest {

    @Autowired DirectoryService directory;
    @Autowired PeopleImport peopleImport;
    @Autowired MailOutbox outbox;

    @Test
    @WithUserDetails("admin")
    void the_administrator_creates_a_department_and_sees_it_listed() {
        AdminView view = navigate(AdminView.class);
        openTab(view, "Afdelinger");
        String name = "Klima " + System.nanoTime();
        test(view.departmentName).setValue(name);
        test(view.departmentShort).setValue("KL");
        test(view.addDepartment).click();
        assertThat(view.departments.getListDataView().getItems().map(DepartmentSummary::name)).contains(name);
        assertThat(view.departmentName.getValue()).isEmpty();

        // The same name again: a message at the field, nothing stored twice.
        test(view.departmentName).setValue(name);
        test(view.addDepartment).click();
        assertThat(view.departmentName.isInvalid()).isTrue();
        assertThat(view.departmentName.getErrorMessage()).isEqualTo("Der findes allerede en afdeling med det navn.");
        assertThat(as("admin", () -> directory.departments()).stream().filter(d -> d.name().equals(name))).hasSize(1);
    }

    @Test
    @WithUserDetails("admin")
    void a_new_person_is_created_in_the_dialog_and_their_invitation_waits_in_the_outbox() {
        AdminView view = navigate(AdminView.class);
        String email = "dialog." + System.nanoTime() + "@kommune.dk";
        openTab(view, "Personer");
        test(view.addPerson).click();
        test(find(TextField.class).id("person-name")).setValue("Dorte Dialog");
        test(find(Button.class).id("person-save")).click();
        // Missing e-mail and department: said at the fields, the dialog stays with what was typed.
        assertThat(find(EmailField.class).id("person-email").isInvalid()).isTrue();
        assertThat(find(EmailField.class).id("person-email").getErrorMessage()).isEqualTo("Skal udfyldes.");
        assertThat(find(TextField.class).id("person-name").getValue()).isEqualTo("Dorte Dialog");

        test(find(EmailField.class).id("person-email")).setValue(email);
        @SuppressWarnings("unchecked")
        ComboBox<DepartmentSummary> department = find(ComboBox.class).id("person-department");
        test(department).selectItem("Byudvikling");
        test(find(Button.class).id("person-save")).click();

        assertThat(as("admin", () -> directory.findPeople(email, true))).singleElement()
                .satisfies(p -> assertThat(p.department().name()).isEqualTo("Byudvikling"));
        assertThat(view.mails.getListDataView().getItems().filter(m -> m.recipient().equals(email)))
                .singleElement().satisfies(m -> assertThat(m.subject()).isEqualTo("Du er inviteret til Sammen"));
        test(view.peopleSearch).setValue("Dorte Dialog");
        assertThat(view.people.getListDataView().getItems().map(p -> p.user().email())).contains(email);
    }

    @Test
    @WithUserDetails("admin")
    void an_import_is_previewed_row_by_row_and_cannot_be_started_while_rows_have_problems() {
        AdminView view = navigate(AdminView.class);
        byte[] broken = "navn;e-mail;afdeling\nUden Adresse;;Byudvikling\nMed Adresse;med.adresse@kommune.dk;Byudvikling\n"
                .getBytes(StandardCharsets.UTF_8);
        openTab(view, "Import");
        ImportPreview preview = peopleImport.preview(broken);
        view.showPreview(preview);
        assertThat(view.importButton.isEnabled()).isFalse();
        assertThat(test(view.importRows).size()).isEqualTo(2);
        assertThat(test(view.importRows).getCellText(0, 5)).isEqualTo("Skal udfyldes.");
        assertThat(view.importResult.getElement().getTextRecursively()).contains("2 rækker: 2 nye, 0 opdateres, 1 med problemer");

        view.showPreview(peopleImport.preview("navn;telefon\nA;1\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(view.importResult.getElement().getTextRecursively()).contains("Kolonnen \"e-mail\" mangler");
        assertThat(view.importButton.isEnabled()).isFalse();
    }

    /** As a user follows a part's link: only the chosen part's content is on the page. */
    private void openTab(AdminView view, String label) {
        for (AdminView.Part part : AdminView.Part.values()) {
            if (view.getTranslation(part.titleKey).equals(label)) {
                view.show(part);
                roundTrip();
                return;
            }
        }
        throw new AssertionError("no part " + label);
    }

    @Test
    @WithUserDetails("kamilla")
    void someone_who_is_not_an_administrator_does_not_get_the_page() {
        navigate("admin", NotFoundView.class);
        assertThat(getCurrentView()).isNotInstanceOf(AdminView.class);
        assertThat(getCurrentView()).isNotInstanceOf(LoginView.class);
    }
}

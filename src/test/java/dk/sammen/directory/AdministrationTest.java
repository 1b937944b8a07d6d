package dk.sammen.directory;

import dk.sammen.SammenTest;
import java.io.IOException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The administrator's work on the embedded database; the same scenarios run on PostgreSQL in PostgresMigrationTest. */
@SammenTest
class AdministrationTest {

    @Autowired ApplicationContext context;
    AdministrationScenarios scenarios;

    @BeforeEach
    void scenarios() {
        scenarios = new AdministrationScenarios(context);
    }

    @Test
    void departments_are_created_renamed_and_deactivated_but_stay_in_old_scopings() {
        scenarios.departments_are_created_renamed_and_deactivated_but_stay_in_old_scopings();
    }

    @Test
    void a_new_person_gets_an_invitation_link_that_works_once() {
        scenarios.a_new_person_gets_an_invitation_link_that_works_once();
    }

    @Test
    void expired_and_forged_links_change_nothing() {
        scenarios.expired_and_forged_links_change_nothing();
    }

    @Test
    void a_reset_is_asked_for_the_same_way_whether_or_not_the_address_exists() {
        scenarios.a_reset_is_asked_for_the_same_way_whether_or_not_the_address_exists();
    }

    @Test
    void passwords_follow_the_rules() {
        scenarios.passwords_follow_the_rules();
    }

    @Test
    void a_deactivated_person_cannot_sign_in_and_is_nobody_to_the_services() {
        scenarios.a_deactivated_person_cannot_sign_in_and_is_nobody_to_the_services();
    }

    @Test
    void the_last_administrator_stays() {
        scenarios.the_last_administrator_stays();
    }

    @Test
    void only_administrators_administer() {
        scenarios.only_administrators_administer();
    }

    @Test
    void names_and_addresses_cannot_carry_line_breaks_or_markup() {
        scenarios.names_and_addresses_cannot_carry_line_breaks_or_markup();
    }

    @Test
    void the_settings_decide_who_starts_scopings_and_who_invites_new_people() {
        scenarios.the_settings_decide_who_starts_scopings_and_who_invites_new_people();
    }

    @Test
    void an_import_previews_every_row_and_stores_all_or_nothing() throws IOException {
        scenarios.an_import_previews_every_row_and_stores_all_or_nothing();
    }

    @Test
    void importing_the_same_file_again_updates_instead_of_duplicating() throws IOException {
        scenarios.importing_the_same_file_again_updates_instead_of_duplicating();
    }

    @Test
    void broken_files_are_refused_with_a_message_for_the_file() throws IOException {
        scenarios.broken_files_are_refused_with_a_message_for_the_file();
    }

    @Test
    void every_change_is_in_the_audit() {
        scenarios.every_change_is_in_the_audit();
    }
}

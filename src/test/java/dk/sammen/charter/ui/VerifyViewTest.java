package dk.sammen.charter.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Paragraph;
import dk.sammen.SammenTest;
import dk.sammen.approval.ApprovalService;
import dk.sammen.approval.ReviewRound;
import dk.sammen.charter.SampleCharter;
import dk.sammen.scoping.ScopingService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** "Tjek en aftale" shows one verdict at a time. */
@SammenTest
class VerifyViewTest extends SpringBrowserlessTest {

    @Autowired ScopingService scopings;
    @Autowired ApprovalService approvals;

    @Test
    @WithUserDetails("nanna")
    void a_malformed_fingerprint_after_a_match_leaves_only_the_error() {
        ReviewRound approved = SampleCharter.approvedRound(approvals, SampleCharter.scoping(scopings));
        VerifyView view = navigate(VerifyView.class);

        test(view.fingerprint).setValue(approved.fingerprint().hex());
        test(view.check).click();
        assertThat(find(Paragraph.class).from(view.result).all()).extracting(Paragraph::getText)
                .containsExactly("Filen svarer til en godkendt version i arkivet.");

        test(view.fingerprint).setValue("ikke et fingeraftryk");
        test(view.check).click();
        assertThat(view.fingerprint.isInvalid()).isTrue();
        assertThat(view.fingerprint.getErrorMessage()).isEqualTo("Et fingeraftryk er 64 tegn 0-9 og a-f.");
        assertThat(view.result.getChildren()).as("the earlier match is gone").isEmpty();
    }
}

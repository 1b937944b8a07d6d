package dk.sammen.charter.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import dk.sammen.approval.Approval;
import dk.sammen.approval.Fingerprint;
import dk.sammen.approval.ReviewRound;
import dk.sammen.base.Formats;
import dk.sammen.base.ui.ComponentTexts;
import dk.sammen.charter.CharterService;
import dk.sammen.charter.Verification;
import jakarta.annotation.security.PermitAll;

/** Check a charter: upload its PDF or JSON, or type its fingerprint, and see whether it matches an approved version. */
@Route("verify")
@Menu(title = "nav.verify", order = 4)
@PermitAll
public class VerifyView extends Main implements HasDynamicTitle {

    static final int MAX_BYTES = 20 * 1024 * 1024;
    final Upload upload;
    final TextField fingerprint = new TextField();
    final Button check = new Button();
    final Div result = new Div();
    private final CharterService charters;

    VerifyView(CharterService charters) {
        this.charters = charters;
        addClassName("page");
        UI ui = UI.getCurrent();
        upload = new Upload(UploadHandler.inMemory((meta, bytes) -> ui.access(() -> show(charters.verify(bytes)))));
        ComponentTexts.apply(upload);
        upload.setMaxFileSize(MAX_BYTES);
        upload.setAcceptedFileTypes("application/pdf", ".pdf", "application/json", ".json");
        upload.getElement().setAttribute("aria-label", getTranslation("verify.upload"));
        fingerprint.setLabel(getTranslation("verify.fingerprint"));
        fingerprint.setHelperText(getTranslation("verify.fingerprint.help"));
        fingerprint.setMaxLength(100);
        fingerprint.setWidth("min(48rem, 100%)");
        check.setText(getTranslation("verify.check"));
        check.addClickListener(e -> Fingerprint.parse(fingerprint.getValue()).ifPresentOrElse(f -> {
            fingerprint.setInvalid(false);
            show(charters.verify(f));
        }, () -> {
            // One verdict at a time: an earlier "matches" must not stay beside this error.
            result.removeAll();
            fingerprint.setErrorMessage(getTranslation("verify.fingerprint.invalid"));
            fingerprint.setInvalid(true);
        }));
        result.setId("verify-result");
        result.getElement().setAttribute("aria-live", "polite");
        add(new H1(getTranslation("verify.title")), new Paragraph(getTranslation("verify.intro")), upload,
                new Div(fingerprint, check), result);
    }

    void show(Verification verification) {
        result.removeAll();
        fingerprint.setInvalid(false);
        Paragraph verdict = new Paragraph(getTranslation(verification.reason()));
        verdict.addClassName(verification.matches() ? "ok" : "warning");
        result.add(verdict);
        var locale = UI.getCurrent().getLocale();
        for (int i = 0; i < verification.rounds().size(); i++) {
            ReviewRound round = verification.rounds().get(i);
            result.add(new H2(verification.scopingTitles().get(i) + " – " + getTranslation("details.version") + " " + round.versionNumber()));
            UnorderedList approvals = new UnorderedList();
            for (Approval a : round.approvals()) {
                if (!a.standing()) continue;
                approvals.add(new ListItem(a.leaderName() + " (" + a.partyName() + "): " + getTranslation("charter.decision." + a.decision().key())
                        + " · " + Formats.dateTime(a.decidedAt(), locale)));
            }
            result.add(approvals);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("verify.title") + " – " + getTranslation("app.name");
    }
}

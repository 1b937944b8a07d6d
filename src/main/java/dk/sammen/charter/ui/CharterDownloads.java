package dk.sammen.charter.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import dk.sammen.approval.ApprovalService;
import dk.sammen.approval.ApprovalsChanged;
import dk.sammen.approval.ReviewRound;
import dk.sammen.base.Translations;
import dk.sammen.canvas.ui.CanvasExtension;
import dk.sammen.charter.CharterFile;
import dk.sammen.charter.CharterService;
import dk.sammen.live.PageEvents;
import dk.sammen.scoping.ScopingDetails;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Every approved version of the scoping with its charter to download: PDF (Danish, English), Markdown, JSON. */
@org.springframework.stereotype.Component
class CharterDownloads implements CanvasExtension {

    private final CharterService charters;
    private final ApprovalService approvals;

    CharterDownloads(CharterService charters, ApprovalService approvals) {
        this.charters = charters;
        this.approvals = approvals;
    }

    @Override
    public AddOn open(ScopingDetails scoping) {
        Div box = new Div();
        box.addClassName("charter-downloads");
        box.setId("charter-downloads");
        return new AddOn() {
            @Override
            public Optional<Component> banner() {
                fill(box, scoping);
                return Optional.of(box);
            }

            @Override
            public Optional<Component> section(String sectionKey) {
                return Optional.empty();
            }

            @Override
            public void listen(PageEvents events) {
                // Only a new approval adds a charter; the list holds links, nothing a user types in.
                events.on(ApprovalsChanged.class, changed -> fill(box, scoping));
            }
        };
    }

    private void fill(Div box, ScopingDetails scoping) {
        box.removeAll();
        List<ReviewRound> approved = approvals.rounds(scoping.id()).stream().filter(ReviewRound::approved).toList();
        box.setVisible(!approved.isEmpty());
        if (approved.isEmpty()) return;
        H2 title = new H2(box.getTranslation("charter.downloads"));
        title.addClassName("small-heading");
        UnorderedList list = new UnorderedList();
        for (ReviewRound round : approved) {
            ListItem item = new ListItem(new Span(box.getTranslation("charter.versionLine", round.versionNumber(),
                    round.fingerprint().shortForm()) + " "));
            item.add(download(box, scoping, round, CharterService.Format.PDF, Translations.DANISH, "PDF (dansk)"),
                    new Span(" · "), download(box, scoping, round, CharterService.Format.PDF, Translations.ENGLISH, "PDF (English)"),
                    new Span(" · "), download(box, scoping, round, CharterService.Format.MARKDOWN, com.vaadin.flow.component.UI.getCurrent().getLocale(), "Markdown"),
                    new Span(" · "), download(box, scoping, round, CharterService.Format.JSON, com.vaadin.flow.component.UI.getCurrent().getLocale(), "JSON"));
            list.add(item);
        }
        box.add(title, list);
    }

    private Anchor download(Div box, ScopingDetails scoping, ReviewRound round, CharterService.Format format, Locale locale, String text) {
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            CharterFile file = charters.charter(scoping.id(), round.id(), format, locale);
            return new DownloadResponse(new ByteArrayInputStream(file.bytes()), file.fileName(), file.contentType(), file.bytes().length);
        }), text);
        anchor.setId("download-" + round.versionNumber() + "-" + format.name().toLowerCase(Locale.ROOT) + "-" + locale.getLanguage());
        anchor.getElement().setAttribute("download", true);
        return anchor;
    }
}

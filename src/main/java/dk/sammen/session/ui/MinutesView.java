package dk.sammen.session.ui;

import dk.sammen.scoping.ScopingPlace;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import dk.sammen.base.InvalidInputException;
import dk.sammen.charter.PlainDocument;
import dk.sammen.scoping.ScopingId;
import dk.sammen.session.MinutesFile;
import dk.sammen.session.SessionService;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.util.Locale;
import org.springframework.security.access.AccessDeniedException;

/** A live session's minutes on the scoping, with the same minutes to download as PDF and Markdown. */
@Route("scoping/:id/minutes/:session")
@PermitAll
public class MinutesView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final SessionService sessions;
    private String title = "";

    MinutesView(SessionService sessions) {
        this.sessions = sessions;
        addClassName("page");
        addClassName("minutes");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var scoping = event.getRouteParameters().get("id").flatMap(ScopingId::parse);
        var session = event.getRouteParameters().getLong("session");
        if (scoping.isEmpty() || session.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        try {
            show(scoping.get(), session.get());
        } catch (AccessDeniedException | InvalidInputException notThere) {
            // Another scoping's session, one still running, or not a member: all look like a page that does not exist.
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void show(ScopingId scoping, long session) {
        Locale locale = getLocale();
        PlainDocument minutes = sessions.minutesDocument(scoping, session, locale);
        title = minutes.title();
        removeAll();
        add(new H1(minutes.title()), new Paragraph(minutes.subject()));
        Div downloads = new Div(new Span(getTranslation("minutes.download") + " "),
                download(scoping, session, MinutesFile.Format.PDF, "PDF"), new Span(" · "),
                download(scoping, session, MinutesFile.Format.MARKDOWN, "Markdown"), new Span(" · "),
                new Anchor(new ScopingPlace.Canvas(scoping).path(), getTranslation("minutes.back")));
        downloads.addClassName("minutes-downloads");
        add(downloads);
        for (PlainDocument.Block block : minutes.blocks()) {
            switch (block) {
                case PlainDocument.Heading h -> add(h.level() == 2 ? new H2(h.text()) : new H3(h.text()));
                case PlainDocument.Text t -> add(new Paragraph(t.text()));
                case PlainDocument.Pair p -> add(new Paragraph(new Span(p.label() + ": "), new Span(p.value())));
                case PlainDocument.Items i -> {
                    UnorderedList list = new UnorderedList();
                    i.items().forEach(item -> list.add(new ListItem(item)));
                    add(list);
                }
            }
        }
    }

    private Anchor download(ScopingId scoping, long session, MinutesFile.Format format, String text) {
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            MinutesFile file = sessions.minutesFile(scoping, session, format, getLocale());
            return new DownloadResponse(new ByteArrayInputStream(file.bytes()), file.fileName(), file.contentType(), file.bytes().length);
        }), text);
        anchor.setId("minutes-" + format.name().toLowerCase(Locale.ROOT));
        anchor.getElement().setAttribute("download", true);
        return anchor;
    }

    @Override
    public String getPageTitle() {
        return title + " – " + getTranslation("app.name");
    }
}

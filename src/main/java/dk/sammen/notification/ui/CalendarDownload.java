package dk.sammen.notification.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import dk.sammen.canvas.CanvasTemplate;
import dk.sammen.canvas.ui.CanvasExtension;
import dk.sammen.live.PageEvents;
import dk.sammen.notification.NotificationService;
import dk.sammen.scoping.ScopingDetails;
import java.io.ByteArrayInputStream;
import java.util.Optional;

/**
 * In section 15 (the exit point): the scoping's review dates and end date as one calendar file,
 * made when it is downloaded, so it always holds the dates as they are now.
 */
@org.springframework.stereotype.Component
class CalendarDownload implements CanvasExtension {

    private final NotificationService notifications;

    CalendarDownload(NotificationService notifications) {
        this.notifications = notifications;
    }

    @Override
    public AddOn open(ScopingDetails scoping) {
        var locale = UI.getCurrent().getLocale();
        return new AddOn() {
            @Override
            public Optional<Component> banner() {
                return Optional.empty();
            }

            @Override
            public Optional<Component> section(String sectionKey) {
                if (!CanvasTemplate.END_DATE.section().equals(sectionKey)) return Optional.empty(); // the dates live in the exit section
                Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
                    var file = notifications.calendar(scoping.id(), locale);
                    return new DownloadResponse(new ByteArrayInputStream(file.content()), file.fileName(), "text/calendar",
                            file.content().length);
                }), UI.getCurrent().getTranslation("calendar.download"));
                anchor.setId("calendar-download");
                anchor.getElement().setAttribute("download", true);
                return Optional.of(new Paragraph(anchor));
            }

            @Override
            public void listen(PageEvents events) {
                // The file is made when it is downloaded: nothing on the page changes with events.
            }
        };
    }
}

package dk.sammen.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.server.Command;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Runs a piece of an open page's work a little later, inside that page's own {@code ui.access}
 * (so the change reaches the browser by push). For the page's drawing only: the work runs on this
 * timer's thread with nobody's identity, so it must not call a service.
 */
@Component
public class PageTimer {

    private static final Logger log = LoggerFactory.getLogger(PageTimer.class);

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(work -> {
        Thread thread = new Thread(work, "page-timer");
        thread.setDaemon(true);
        return thread;
    });

    public void later(UI ui, Duration delay, Command work) {
        timer.schedule(() -> {
            try {
                ui.access(work);
            } catch (UIDetachedException closed) {
                // The page was closed meanwhile: nothing left to draw.
            } catch (RuntimeException e) {
                log.warn("Delayed drawing of a page failed", e);
            }
        }, delay.toNanos(), TimeUnit.NANOSECONDS);
    }

    @PreDestroy
    void stop() {
        timer.shutdownNow();
    }
}

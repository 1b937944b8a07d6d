package dk.sammen.session.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.Duration;
import java.time.Instant;

/**
 * The current section's time box counting down in the browser (no server round trip per second).
 * The visible clock is a timer, which screen readers do not read out on every tick; a separate
 * polite message says only "one minute left" and "time is up", once each.
 */
final class SessionTimer extends Div {

    SessionTimer(Instant ends, int minutes) {
        addClassName("session-timer");
        Span label = new Span(getTranslation("session.timeBox", minutes));
        long left = Duration.between(Instant.now(), ends).toMillis();
        long seconds = Math.abs(left) / 1000;
        Span clock = new Span((left < 0 ? "-" : "") + seconds / 60 + ":" + String.format("%02d", seconds % 60));
        clock.addClassName("timer-text");
        clock.getElement().setAttribute("role", "timer");
        clock.setId("session-clock");
        Span said = new Span();
        said.addClassName("timer-said");
        said.addClassName("visually-hidden");
        said.getElement().setAttribute("aria-live", "polite");
        add(label, clock, said);
        getElement().executeJs("""
                const el = this, ends = Date.now() + $0, oneLeft = $1, up = $2;
                const shown = el.querySelector('.timer-text'), said = el.querySelector('.timer-said');
                let announced = '';
                const tick = () => {
                  if (!el.isConnected) { clearInterval(timer); return; }
                  const s = Math.round((ends - Date.now()) / 1000), a = Math.abs(s);
                  shown.textContent = (s < 0 ? '-' : '') + Math.floor(a / 60) + ':' + String(a % 60).padStart(2, '0');
                  el.classList.toggle('over', s < 0);
                  const say = s <= 0 ? up : (s <= 60 ? oneLeft : '');
                  if (say && say !== announced) { said.textContent = say; announced = say; }
                };
                const timer = setInterval(tick, 1000);
                tick();""", left, getTranslation("session.oneMinuteLeft"), getTranslation("session.timeUp"));
    }
}

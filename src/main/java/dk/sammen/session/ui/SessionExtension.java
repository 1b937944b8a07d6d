package dk.sammen.session.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.HasValidation;
import dk.sammen.base.ui.ProblemDisplay;
import dk.sammen.base.InvalidInputException;
import dk.sammen.canvas.CanvasService;
import dk.sammen.canvas.CanvasTemplate;
import dk.sammen.canvas.ui.CanvasExtension;
import dk.sammen.live.ScopingEvent;
import dk.sammen.scoping.ScopingDetails;
import dk.sammen.scoping.ScopingRole;
import dk.sammen.session.AgreementCheck;
import dk.sammen.session.LiveSession;
import dk.sammen.session.SessionChanged;
import dk.sammen.session.SessionService;
import dk.sammen.session.SessionState;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/**
 * Puts the live session on the canvas: a bar at the top (start, join, where the meeting is, the
 * time box, the facilitator's controls, the agreement check) and, in each section, a marker that
 * highlights the current section and that a following page scrolls to.
 */
@org.springframework.stereotype.Component
class SessionExtension implements CanvasExtension {

    private final SessionService sessions;
    private final CanvasService canvas;

    SessionExtension(SessionService sessions, CanvasService canvas) {
        this.sessions = sessions;
        this.canvas = canvas;
    }

    @Override
    public AddOn open(ScopingDetails scoping) {
        return new SessionOnCanvas(sessions, canvas.template(), scoping);
    }

    /** One canvas page's part of the session. */
    static final class SessionOnCanvas implements AddOn {

        private final SessionService sessions;
        private final CanvasTemplate template;
        private final ScopingDetails scoping;
        private final long me;
        final Div bar = new Div();
        private final Map<String, Div> markers = new HashMap<>();
        private @Nullable LiveSession session;
        /** This page follows the facilitator: it scrolls to each section they move to. */
        boolean following = true;
        /** The section this page last scrolled to by following (for tests: scrolling itself happens in the browser). */
        @Nullable String scrolledTo;
        @Nullable AgreementPanel agreement;

        SessionOnCanvas(SessionService sessions, CanvasTemplate template, ScopingDetails scoping) {
            this.sessions = sessions;
            this.template = template;
            this.scoping = scoping;
            this.me = scoping.me().user().id().value();
            bar.addClassName("session-bar");
            bar.setId("session-bar");
            bar.addAttachListener(e -> markPage());
            bar.getElement().setAttribute("role", "region");
            this.session = sessions.current(scoping.id()).orElse(null);
        }

        @Override
        public Optional<Component> banner() {
            bar.getElement().setAttribute("aria-label", bar.getTranslation("session.region"));
            show();
            return Optional.of(bar);
        }

        @Override
        public Optional<Component> section(String sectionKey) {
            Div marker = new Div();
            marker.addClassName("session-marker");
            markers.put(sectionKey, marker);
            return Optional.of(marker);
        }

        @Override
        public void onEvent(ScopingEvent event) {
            if (!(event instanceof SessionChanged changed)) return;
            LiveSession before = session;
            session = changed.session() != null ? changed.session() : sessions.current(scoping.id()).orElse(null);
            if (session != null && session.state() == SessionState.ENDED) session = null;
            show();
            boolean moved = session != null && (before == null || before.id() != session.id() || before.current() != session.current());
            if (moved && following && session.joined(me)) scrollToCurrent();
        }

        /** Draws the bar for where the session is now, and marks the current section. */
        void show() {
            bar.removeAll();
            markPage();
            markers.values().forEach(m -> m.getParent().ifPresent(p -> p.getElement().getClassList().remove("session-current")));
            LiveSession now = session;
            if (now == null) {
                showNoSession();
                return;
            }
            markers.getOrDefault(now.currentItem().section(), new Div()).getParent()
                    .ifPresent(p -> p.getElement().getClassList().add("session-current"));
            H2 heading = new H2(bar.getTranslation("session.running", now.facilitator().name()));
            heading.addClassName("session-heading");
            bar.add(heading);
            if (now.state() == SessionState.PAUSED) {
                bar.add(new Paragraph(bar.getTranslation("session.pausedText")));
                if (scoping.me().isFacilitator()) bar.add(button("session.takeOver", () -> sessions.takeOver(scoping.id(), now.id())));
                return;
            }
            if (!now.joined(me)) {
                Button join = button("session.join", () -> sessions.join(scoping.id(), now.id()));
                join.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                bar.add(new Paragraph(bar.getTranslation("session.notJoined")), join);
                return;
            }
            Span where = new Span(bar.getTranslation("session.now", now.current() + 1, now.agenda().size(), sectionTitle(now.currentItem().section())));
            where.setId("session-now");
            where.addClassName("session-now");
            bar.add(new Div(where, new SessionTimer(now.timeBoxEnds(), now.currentItem().minutes())));
            Div controls = new Div();
            controls.addClassName("session-controls");
            Button follow = new Button(bar.getTranslation(following ? "session.stopFollowing" : "session.follow"), e -> {
                following = !following;
                if (following) scrollToCurrent();
                show();
            });
            follow.setId("session-follow");
            follow.getElement().setAttribute("aria-pressed", String.valueOf(following));
            controls.add(follow);
            if (now.drivenBy(me)) {
                Button previous = button("session.previous", () -> sessions.moveTo(scoping.id(), now.id(), now.current() - 1));
                previous.setId("session-previous");
                previous.setEnabled(now.current() > 0);
                Button next = button("session.next", () -> sessions.moveTo(scoping.id(), now.id(), now.current() + 1));
                next.setId("session-next");
                next.setEnabled(now.current() < now.agenda().size() - 1);
                next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                ComboBox<Integer> jump = new ComboBox<>(bar.getTranslation("session.jump"));
                jump.setId("session-jump");
                jump.setItems(java.util.stream.IntStream.range(0, now.agenda().size()).boxed().toList());
                jump.setItemLabelGenerator(i -> (i + 1) + ". " + sectionTitle(now.agenda().get(i).section()));
                jump.setValue(now.current());
                jump.addValueChangeListener(e -> {
                    if (e.isFromClient() && e.getValue() != null) act(() -> sessions.moveTo(scoping.id(), now.id(), e.getValue()));
                });
                Button end = button("session.end", () -> sessions.end(scoping.id(), now.id()));
                end.setId("session-end");
                end.addThemeVariants(ButtonVariant.LUMO_ERROR);
                controls.add(previous, next, jump, end);
            }
            bar.add(controls);
            Paragraph who = new Paragraph(bar.getTranslation("session.participants",
                    now.participants().stream().map(LiveSession.Person::name).collect(Collectors.joining(", "))));
            who.addClassName("session-participants");
            bar.add(who);
            boolean mayAsk = now.drivenBy(me) || scoping.me().roles().contains(ScopingRole.EVALUATOR);
            Optional<AgreementCheck> open = now.openCheck();
            AgreementCheck shown = open.orElseGet(() -> now.checks().isEmpty() ? null : now.checks().getLast());
            if (shown != null) {
                agreement = new AgreementPanel(sessions, scoping, now, shown, sectionTitle(shown.section()), this);
                bar.add(agreement);
            } else {
                agreement = null;
            }
            if (mayAsk && open.isEmpty()) {
                Button ask = button("session.ask", () -> sessions.ask(scoping.id(), now.id(), now.currentItem().section()));
                ask.setId("session-ask");
                bar.add(ask);
            }
        }

        /** The canvas page knows it is in a session (its sections then leave room for the bar when scrolled to). */
        private void markPage() {
            boolean inSession = session != null && session.joined(me);
            bar.getParent().ifPresent(page -> page.getElement().getClassList().set("in-session", inSession));
        }

        private void showNoSession() {
            agreement = null;
            List<LiveSession> ended = sessions.ended(scoping.id());
            if (!ended.isEmpty()) {
                Anchor minutes = new Anchor("scoping/" + scoping.id().value() + "/minutes/" + ended.getFirst().id(),
                        bar.getTranslation("session.lastMinutes"));
                minutes.setId("session-minutes");
                bar.add(minutes);
            }
            if (scoping.me().isFacilitator()) {
                Button start = new Button(bar.getTranslation("session.start"), e -> new StartSessionDialog(sessions, template, scoping, this).open());
                start.setId("session-start");
                bar.add(start);
            }
        }

        private void scrollToCurrent() {
            LiveSession now = session;
            if (now == null) return;
            String section = now.currentItem().section();
            scrolledTo = section;
            Div marker = markers.get(section);
            // Scrolls only; keyboard focus stays where the user has it.
            if (marker != null) marker.getElement().executeJs("const s = this.closest('section'); if (s) s.scrollIntoView({block: 'start'})");
        }

        String sectionTitle(String key) {
            return template.section(key).map(s -> s.number() + ". " + bar.getTranslation(s.titleKey())).orElse(key);
        }

        private Button button(String key, Supplier<?> action) {
            return new Button(bar.getTranslation(key), e -> act(action));
        }

        /**
         * Runs one of the user's session actions. What the session becomes comes back as a
         * {@link SessionChanged} to every page, this one included; a refusal is told here.
         */
        void act(Supplier<?> action) {
            act(action, Map.of());
        }

        /** As {@link #act(Supplier)}; a problem with one of these fields is shown at that field. */
        void act(Supplier<?> action, Map<String, ? extends HasValidation> fields) {
            try {
                Object result = action.get();
                if (result instanceof LiveSession changed) {
                    session = changed.state() == SessionState.ENDED ? null : changed;
                    boolean ended = changed.state() == SessionState.ENDED;
                    show();
                    if (!ended && following) scrollToCurrent();
                    if (ended) UI.getCurrent().navigate("scoping/" + scoping.id().value() + "/minutes/" + changed.id());
                }
            } catch (InvalidInputException problem) {
                ProblemDisplay.show(bar, problem, fields);
            } catch (OptimisticLockingFailureException | AccessDeniedException notNow) {
                ProblemDisplay.error(bar.getTranslation("session.changedMeanwhile"));
                session = sessions.current(scoping.id()).orElse(null);
                show();
            }
        }

        @Nullable LiveSession sessionForTests() {
            return session;
        }
    }
}

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
import dk.sammen.base.ui.InPlace;
import dk.sammen.live.ChangesMissed;
import dk.sammen.live.PageEvents;
import dk.sammen.scoping.ScopingPlace;
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

    /**
     * One canvas page's part of the session. The bar is built anew only when what it is for
     * changes (no session, paused, not joined, joined, driving); within a running session every
     * part is updated in place, so a button being clicked is still the button the server knows and
     * an answer being made in the agreement check stays as it is.
     */
    static final class SessionOnCanvas implements AddOn {

        /** What the bar is built for; a change of mode builds it anew. */
        private enum Mode { NONE, PAUSED, NOT_JOINED, JOINED, DRIVING }

        private final SessionService sessions;
        private final CanvasTemplate template;
        private final ScopingDetails scoping;
        private final long me;
        final Div bar = new Div();
        private final Map<String, Component> sectionElements = new HashMap<>();
        private @Nullable LiveSession session;
        /** This page follows the facilitator: it scrolls to each section they move to. */
        boolean following = true;
        /** The section this page last scrolled to by following (for tests: scrolling itself happens in the browser). */
        @Nullable String scrolledTo;
        @Nullable AgreementPanel agreement;
        private @Nullable Mode shownMode;
        private @Nullable String markedSection;
        // The parts of a joined bar, kept while the mode stays.
        private final H2 heading = new H2();
        private final Span where = new Span();
        private final Div clock = new Div();
        private final Paragraph who = new Paragraph();
        private final Div checkSlot = new Div();
        private @Nullable Button follow;
        private @Nullable Button previous;
        private @Nullable Button next;
        private @Nullable ComboBox<Integer> jump;
        private @Nullable Button ask;
        /** The agenda item whose clock is shown (a new item or session gets a new clock). */
        private @Nullable String clockFor;

        SessionOnCanvas(SessionService sessions, CanvasTemplate template, ScopingDetails scoping) {
            this.sessions = sessions;
            this.template = template;
            this.scoping = scoping;
            this.me = scoping.me().user().id().value();
            bar.addClassName("session-bar");
            bar.setId("session-bar");
            bar.addAttachListener(e -> markPage());
            bar.getElement().setAttribute("role", "region");
            heading.addClassName("session-heading");
            where.setId("session-now");
            where.addClassName("session-now");
            who.addClassName("session-participants");
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
            return Optional.empty();
        }

        @Override
        public void sectionShown(String sectionKey, Component section) {
            sectionElements.put(sectionKey, section);
            if (sectionKey.equals(markedSection)) section.addClassName("session-current");
        }

        @Override
        public void listen(PageEvents events) {
            events.on(SessionChanged.class, this::changed);
            events.on(ChangesMissed.class, missed -> {
                session = sessions.current(scoping.id()).orElse(null);
                show();
            });
        }

        private void changed(SessionChanged changed) {
            LiveSession before = session;
            // Two changes' news may arrive in the other order: a session older than the one shown is old news.
            if (olderThanShown(changed.session())) return;
            session = changed.session() != null ? changed.session() : sessions.current(scoping.id()).orElse(null);
            if (session != null && session.state() == SessionState.ENDED) session = null;
            show();
            boolean moved = session != null && (before == null || before.id() != session.id() || before.current() != session.current());
            if (moved && following && session.joined(me)) scrollToCurrent();
        }

        private boolean olderThanShown(@Nullable LiveSession arrived) {
            LiveSession shown = session;
            return arrived != null && shown != null && arrived.id() == shown.id() && arrived.revision() <= shown.revision();
        }

        private Mode modeOf(@Nullable LiveSession now) {
            if (now == null) return Mode.NONE;
            if (now.state() == SessionState.PAUSED) return Mode.PAUSED;
            if (!now.joined(me)) return Mode.NOT_JOINED;
            return now.drivenBy(me) ? Mode.DRIVING : Mode.JOINED;
        }

        /** Draws the bar for where the session is now, and marks the current section. */
        void show() {
            LiveSession now = session;
            Mode mode = modeOf(now);
            if (mode != shownMode) {
                bar.removeAll();
                agreement = null;
                follow = previous = next = ask = null;
                jump = null;
                clockFor = null;
                shownMode = mode;
                build(mode, now);
            }
            markPage();
            mark(now == null ? null : now.currentItem().section());
            if (now != null) update(mode, now);
        }

        /** Builds the parts of the bar for one mode; {@link #update} then fills them in. */
        private void build(Mode mode, @Nullable LiveSession now) {
            switch (mode) {
                case NONE -> showNoSession();
                case PAUSED -> {
                    LiveSession paused = java.util.Objects.requireNonNull(now);
                    bar.add(heading, new Paragraph(bar.getTranslation("session.pausedText")));
                    if (scoping.me().isFacilitator()) bar.add(button("session.takeOver", () -> sessions.takeOver(scoping.id(), paused.id())));
                }
                case NOT_JOINED -> {
                    LiveSession open = java.util.Objects.requireNonNull(now);
                    Button join = button("session.join", () -> sessions.join(scoping.id(), open.id()));
                    join.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                    bar.add(heading, new Paragraph(bar.getTranslation("session.notJoined")), join);
                }
                case JOINED, DRIVING -> {
                    Div controls = new Div();
                    controls.addClassName("session-controls");
                    follow = new Button("", e -> {
                        following = !following;
                        if (following) scrollToCurrent();
                        showFollowing();
                    });
                    follow.setId("session-follow");
                    controls.add(follow);
                    if (mode == Mode.DRIVING) {
                        // The session in the handlers is read when clicked: the buttons stay while the session moves on.
                        previous = button("session.previous", () -> sessions.moveTo(scoping.id(), current().id(), current().current() - 1));
                        previous.setId("session-previous");
                        next = button("session.next", () -> sessions.moveTo(scoping.id(), current().id(), current().current() + 1));
                        next.setId("session-next");
                        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                        ComboBox<Integer> jumpTo = new ComboBox<>(bar.getTranslation("session.jump"));
                        jumpTo.setId("session-jump");
                        jumpTo.setItemLabelGenerator(i -> (i + 1) + ". " + sectionTitle(current().agenda().get(i).section()));
                        jumpTo.addValueChangeListener(e -> {
                            if (e.isFromClient() && e.getValue() != null) act(() -> sessions.moveTo(scoping.id(), current().id(), e.getValue()));
                        });
                        jump = jumpTo;
                        Button end = button("session.end", () -> sessions.end(scoping.id(), current().id()));
                        end.setId("session-end");
                        end.addThemeVariants(ButtonVariant.LUMO_ERROR);
                        controls.add(previous, next, jumpTo, end);
                    }
                    ask = button("session.ask", () -> sessions.ask(scoping.id(), current().id(), current().currentItem().section()));
                    ask.setId("session-ask");
                    bar.add(heading, new Div(where, clock), controls, who, checkSlot, ask);
                    showFollowing();
                }
            }
        }

        /** The session as this page knows it now (a control is only there while there is one). */
        private LiveSession current() {
            return java.util.Objects.requireNonNull(session, "no session on this page");
        }

        /** Fills in the kept parts with where the session is now. */
        private void update(Mode mode, LiveSession now) {
            InPlace.text(heading, bar.getTranslation("session.running", now.facilitator().name()));
            if (mode != Mode.JOINED && mode != Mode.DRIVING) return;
            InPlace.text(where, bar.getTranslation("session.now", now.current() + 1, now.agenda().size(),
                    sectionTitle(now.currentItem().section())));
            String item = now.id() + "/" + now.current() + "/" + now.timeBoxEnds();
            if (!item.equals(clockFor)) {
                clockFor = item;
                clock.removeAll(); // a clock only: nothing here to click or type in
                clock.add(new SessionTimer(now.timeBoxEnds(), now.currentItem().minutes()));
            }
            if (previous != null) previous.setEnabled(now.current() > 0);
            if (next != null) next.setEnabled(now.current() < now.agenda().size() - 1);
            if (jump != null) {
                List<Integer> items = java.util.stream.IntStream.range(0, now.agenda().size()).boxed().toList();
                if (!items.equals(jump.getListDataView().getItems().toList())) jump.setItems(items);
                if (!Integer.valueOf(now.current()).equals(jump.getValue())) jump.setValue(now.current());
            }
            InPlace.text(who, bar.getTranslation("session.participants",
                    now.participants().stream().map(LiveSession.Person::name).collect(Collectors.joining(", "))));
            boolean mayAsk = now.drivenBy(me) || scoping.me().roles().contains(ScopingRole.EVALUATOR);
            Optional<AgreementCheck> open = now.openCheck();
            AgreementCheck shown = open.orElseGet(() -> now.checks().isEmpty() ? null : now.checks().getLast());
            if (shown == null) {
                checkSlot.removeAll();
                agreement = null;
            } else if (agreement != null && agreement.checkId() == shown.id()) {
                agreement.show(now, shown); // the same check: counts and answers change, a half-made answer stays
            } else {
                checkSlot.removeAll();
                agreement = new AgreementPanel(sessions, scoping, now, shown, sectionTitle(shown.section()), this);
                checkSlot.add(agreement);
            }
            if (ask != null) ask.setVisible(mayAsk && open.isEmpty());
        }

        private void showFollowing() {
            if (follow == null) return;
            follow.setText(bar.getTranslation(following ? "session.stopFollowing" : "session.follow"));
            follow.getElement().setAttribute("aria-pressed", String.valueOf(following));
        }

        /** Marks the section the meeting is in (and unmarks the one it was in). */
        private void mark(@Nullable String section) {
            if (java.util.Objects.equals(section, markedSection)) return;
            if (markedSection != null) {
                Component was = sectionElements.get(markedSection);
                if (was != null) was.removeClassName("session-current");
            }
            markedSection = section;
            if (section != null) {
                Component is = sectionElements.get(section);
                if (is != null) is.addClassName("session-current");
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
                Anchor minutes = new Anchor(new ScopingPlace.Minutes(scoping.id(), ended.getFirst().id()).path(),
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
            Component element = sectionElements.get(section);
            // Scrolls only; keyboard focus stays where the user has it.
            if (element != null) element.getElement().executeJs("this.scrollIntoView({block: 'start'})");
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
                if (result instanceof LiveSession changed && !olderThanShown(changed)) {
                    session = changed.state() == SessionState.ENDED ? null : changed;
                    boolean ended = changed.state() == SessionState.ENDED;
                    show();
                    if (!ended && following) scrollToCurrent();
                    if (ended) UI.getCurrent().navigate(new ScopingPlace.Minutes(scoping.id(), changed.id()).path());
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

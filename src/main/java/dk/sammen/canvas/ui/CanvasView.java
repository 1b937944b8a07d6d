package dk.sammen.canvas.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.avatar.AvatarGroup;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import dk.sammen.base.ui.InPlace;
import dk.sammen.base.ui.PageTimer;
import dk.sammen.canvas.CanvasContent;
import dk.sammen.canvas.CanvasEvents;
import dk.sammen.canvas.CanvasService;
import dk.sammen.canvas.CanvasTemplate;
import dk.sammen.canvas.Comment;
import dk.sammen.canvas.CommentService;
import dk.sammen.canvas.FieldRef;
import dk.sammen.canvas.TableRef;
import dk.sammen.directory.DirectoryService;
import dk.sammen.live.ChangesMissed;
import dk.sammen.live.LiveUpdates;
import dk.sammen.live.PageEvents;
import dk.sammen.live.Presence;
import dk.sammen.live.PresenceChanged;
import dk.sammen.live.PresenceService;
import dk.sammen.scoping.Membership;
import dk.sammen.scoping.Party;
import dk.sammen.scoping.ScopingChanged;
import dk.sammen.scoping.ScopingDetails;
import dk.sammen.scoping.ScopingId;
import dk.sammen.scoping.ScopingPlace;
import dk.sammen.scoping.ScopingService;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * The scoping canvas: every section of the template, in order, with its real shape. This class
 * loads the page, subscribes it to the scoping's changes and lays it out; each section
 * ({@link CanvasSection}) and each extension's add-on owns its part and registers for the events it
 * handles, so a change updates what is there instead of building the page again (ADR 0015).
 */
@Route("scoping/:id")
@PermitAll
public class CanvasView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final CanvasService canvas;
    private final CommentService commentService;
    private final ScopingService scopings;
    private final DirectoryService directory;
    private final LiveUpdates live;
    private final PresenceService presence;
    private final PageTimer timer;
    private final List<CanvasExtension> extensions;
    private List<CanvasExtension.AddOn> addOns = List.of();
    private final String viewKey = UUID.randomUUID().toString();
    private @Nullable ScopingId id;
    private @Nullable ScopingDetails details;
    private final List<LiveUpdates.Subscription> subscriptions = new ArrayList<>();
    private PageEvents events = new PageEvents();
    private final Map<String, CanvasSection> sections = new LinkedHashMap<>();
    private final H1 title = new H1();
    private final Span stage = new Span();
    /** "You can read, not change": shown while this user may not edit the canvas. */
    private final Paragraph readOnly = new Paragraph();
    AvatarGroup presenceBar;
    ActivityFeed activity;
    List<Presence> present = List.of();
    /** The place this page last went to (for tests: the scrolling itself happens in the browser). */
    ScopingPlace.@Nullable OnCanvas wentTo;

    CanvasView(CanvasService canvas, CommentService commentService, ScopingService scopings, DirectoryService directory,
               LiveUpdates live, PresenceService presence, PageTimer timer, List<CanvasExtension> extensions) {
        this.canvas = canvas;
        this.commentService = commentService;
        this.scopings = scopings;
        this.directory = directory;
        this.live = live;
        this.presence = presence;
        this.timer = timer;
        this.extensions = extensions;
        addClassName("page");
        addClassName("canvas");
        stage.addClassName("stage-badge");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parsed = event.getRouteParameters().get("id").flatMap(ScopingId::parse);
        if (parsed.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        Optional<ScopingPlace.OnCanvas> place = event.getLocation().getQueryParameters().getSingleParameter(ScopingPlace.AT)
                .flatMap(at -> ScopingPlace.onCanvas(parsed.get(), at));
        if (parsed.get().equals(id) && details != null) {
            // A link to a place on this very page: the page stays as it is (and what is typed in it), it only scrolls.
            place.ifPresent(this::go);
            return;
        }
        try {
            ScopingId previous = id;
            id = parsed.get();
            build();
            if (previous != null && isAttached()) {
                // Another scoping's page in the same view (the router keeps it): subscribe to that one instead.
                unsubscribe();
                subscribe(UI.getCurrent());
            }
            place.ifPresent(this::go);
        } catch (AccessDeniedException notAMember) {
            // Exactly what a missing scoping shows: nobody learns which ids exist.
            event.rerouteToError(NotFoundException.class);
        }
    }

    /** Builds the page from what is stored now: once per scoping the page shows. */
    private void build() {
        ScopingId scoping = Objects.requireNonNull(id);
        details = scopings.details(scoping);
        ScopingDetails now = details;
        CanvasContent content = canvas.content(scoping);
        Map<String, List<Comment>> commentsBySection = commentService.comments(scoping).stream()
                .collect(Collectors.groupingBy(Comment::section));
        removeAll();
        sections.clear();
        events = new PageEvents();
        InPlace.text(title, now.title());
        InPlace.text(stage, getTranslation(now.stage().messageKey()));
        presenceBar = PresenceBar.create(this);
        Div header = new Div(title, stage, presenceBar);
        header.addClassName("page-header");
        add(header);
        addOns = extensions.stream().map(e -> e.open(now)).toList();
        addOns.forEach(a -> a.banner().ifPresent(this::add));
        readOnly.setText(getTranslation("canvas.readOnly"));
        readOnly.setId("canvas-read-only");
        readOnly.setVisible(!now.me().mayEditCanvas());
        add(readOnly);
        OrderedList toc = new OrderedList();
        Nav nav = new Nav(toc);
        nav.setAriaLabel(getTranslation("canvas.sections"));
        nav.addClassName("canvas-toc");
        Div body = new Div();
        Div sectionsBox = new Div();
        sectionsBox.addClassName("canvas-sections");
        // Where this user is working, for everyone else's presence markers: one listener for all sections.
        sectionsBox.getElement().addEventListener("focusin", e -> {
            String section = e.getEventData().get(SECTION_IN_FOCUS).asString("");
            if (section.startsWith("section-")) workingIn(section.substring("section-".length()));
        }).addEventData(SECTION_IN_FOCUS).debounce(250);
        CanvasSection.Page page = new CanvasSection.Page(canvas, commentService, scopings, directory, addOns, this::scopingChanged);
        for (CanvasTemplate.Section section : canvas.template().sections()) {
            CanvasSection part = new CanvasSection(section, page, now, content, commentsBySection.getOrDefault(section.key(), List.of()));
            toc.add(new ListItem(new Anchor(new ScopingPlace.Section(scoping, section.key()).path(), part.heading())));
            sections.put(section.key(), part);
            sectionsBox.add(part);
        }
        activity = new ActivityFeed(canvas.recentChanges(scoping, ActivityFeed.SHOWN), getLocale(), timer);
        Div side = new Div(nav, activity);
        side.addClassName("canvas-side");
        body.add(side, sectionsBox);
        body.addClassName("canvas-body");
        add(body);
        listen();
        UI.getCurrent().getPage().setTitle(getPageTitle());
        showPresence(present);
    }

    /** The id of the section an event happened in, worked out in the browser. */
    private static final String SECTION_IN_FOCUS = "event.target.closest('section.canvas-section')?.id ?? ''";

    /** Who handles which event on this page: the page its own few, each section and add-on theirs. */
    private void listen() {
        events.on(ScopingChanged.class, changed -> scopingChanged());
        events.on(ChangesMissed.class, missed -> readAgain());
        events.on(PresenceChanged.class, changed -> showPresence(changed.present()));
        events.on(CanvasEvents.ChangeRecorded.class, recorded -> activity.prepend(recorded.change()));
        sections.values().forEach(s -> s.listen(events));
        addOns.forEach(a -> a.listen(events));
    }

    /**
     * The scoping's details, parties or members changed (by anyone, this user included): read once,
     * and shown in place in the header, the sections and, by their own handlers, the add-ons.
     */
    private void scopingChanged() {
        ScopingId scoping = Objects.requireNonNull(id);
        ScopingDetails now;
        try {
            now = scopings.details(scoping);
        } catch (AccessDeniedException noLongerMember) {
            UI.getCurrent().navigate("");
            return;
        }
        details = now;
        InPlace.text(title, now.title());
        InPlace.text(stage, getTranslation(now.stage().messageKey()));
        readOnly.setVisible(!now.me().mayEditCanvas());
        CanvasContent[] content = {null};
        sections.values().forEach(s -> s.scopingChanged(now, () -> {
            if (content[0] == null) content[0] = canvas.content(scoping);
            return content[0];
        }));
        UI.getCurrent().getPage().setTitle(getPageTitle());
    }

    /** This server missed changes one by one: every part shows what is stored now, in place. */
    private void readAgain() {
        ScopingId scoping = Objects.requireNonNull(id);
        scopingChanged();
        CanvasContent content = canvas.content(scoping);
        Map<String, List<Comment>> comments = commentService.comments(scoping).stream().collect(Collectors.groupingBy(Comment::section));
        sections.values().forEach(s -> s.readAgain(content, comments.getOrDefault(s.key(), List.of())));
        activity.showAll(canvas.recentChanges(scoping, ActivityFeed.SHOWN));
    }

    /** Scrolls to a place on this page and moves the keyboard's place there, as a link to an anchor does. */
    private void go(ScopingPlace.OnCanvas place) {
        wentTo = place;
        String elementId = place instanceof ScopingPlace.Section s ? "heading-" + s.section() : place.elementId();
        // After the page is in the browser (a link from a mail opens the page and the place at once).
        UI.getCurrent().beforeClientResponse(this, context -> getElement().executeJs(
                "const target = document.getElementById($0), box = document.getElementById($1);"
                        + "if (box) box.scrollIntoView({block: 'start'});"
                        + "if (target) { if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');"
                        + " target.focus({preventScroll: true}); }",
                elementId, place.elementId()));
    }

    /** This user moved into a section; everyone else sees their marker there. */
    void workingIn(String section) {
        presence.focus(Objects.requireNonNull(id).value(), viewKey, section);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        if (id == null || details == null) return;
        subscribe(attachEvent.getUI());
    }

    private void subscribe(UI ui) {
        ScopingDetails now = Objects.requireNonNull(details);
        long scoping = now.id().value();
        // Subscribed on this user's own thread: the fan-out delivers with this user's identity (see LiveUpdates).
        // One committed change's events in one access: one push to this browser (the answer, its history line, the gate).
        subscriptions.add(live.subscribeBatches(scoping, batch -> ui.access(() -> batch.forEach(e -> events.deliver(e)))));
        Membership me = now.me();
        String party = me.parties().stream().findFirst().flatMap(now::party).map(Party::name).orElse("");
        subscriptions.add(presence.join(scoping, new Presence(viewKey, me.user().id().value(), me.user().displayName(),
                me.user().initials(), party, me.roles().stream().map(Enum::name).sorted().toList(),
                PresenceService.colourOf(me.user().id().value()), null)));
    }

    private void unsubscribe() {
        subscriptions.forEach(LiveUpdates.Subscription::close);
        subscriptions.clear();
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        unsubscribe();
        super.onDetach(detachEvent);
    }

    /** Avatars at the top, and next to each section the people working in it, marked in their colour. */
    private void showPresence(List<Presence> now) {
        present = now;
        if (presenceBar == null) return;
        PresenceBar.show(this, presenceBar, now);
        Map<String, List<Presence>> bySection = now.stream().filter(p -> p.section() != null && !p.viewKey().equals(viewKey))
                .collect(Collectors.groupingBy(Presence::section));
        sections.forEach((key, section) -> section.showPresence(bySection.getOrDefault(key, List.of())));
    }

    // Test hooks: the parts of the page a view test works with, found by what they show, not by
    // their place in the page's structure.

    AnswerEditor editorForTests(FieldRef ref) {
        return sections.values().stream().map(s -> s.editors().get(ref)).filter(Objects::nonNull).findFirst()
                .orElseThrow(() -> new IllegalStateException("no editor for " + ref.key()));
    }

    Collection<AnswerEditor> editorsForTests() {
        return sections.values().stream().flatMap(s -> s.editors().values().stream()).toList();
    }

    TableEditor tableForTests(TableRef ref) {
        return Objects.requireNonNull(sections.get(ref.section()).tables().get(ref), () -> "no table " + ref.key());
    }

    CommentsPanel commentsForTests(String section) {
        return Objects.requireNonNull(sections.get(section), () -> "no section " + section).comments();
    }

    AvatarGroup presenceForTests(String section) {
        return Objects.requireNonNull(sections.get(section).presence(), () -> "nobody shown in " + section);
    }

    /** The page's router of events (for tests: which parts listen). */
    public PageEvents eventsForTests() {
        return events;
    }

    /** One extension's add-on on this page, found by its class. */
    public <T extends CanvasExtension.AddOn> T addOnForTests(Class<T> type) {
        return addOns.stream().filter(type::isInstance).map(type::cast).findFirst()
                .orElseThrow(() -> new IllegalStateException("no " + type.getSimpleName() + " on the page"));
    }

    @Override
    public String getPageTitle() {
        return (details == null ? "" : details.title() + " – ") + getTranslation("app.name");
    }
}

package dk.sammen.canvas.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.avatar.AvatarGroup;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.notification.Notification;
import dk.sammen.base.ui.PageTimer;
import dk.sammen.canvas.CanvasEvents;
import dk.sammen.canvas.Comment;
import dk.sammen.canvas.CommentService;
import dk.sammen.canvas.ResourceSplit;
import dk.sammen.live.ChangesMissed;
import dk.sammen.live.LiveUpdates;
import dk.sammen.live.Presence;
import dk.sammen.live.PresenceChanged;
import dk.sammen.live.PresenceService;
import dk.sammen.live.ScopingEvent;
import dk.sammen.scoping.Membership;
import dk.sammen.scoping.ScopingChanged;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import dk.sammen.canvas.CanvasContent;
import dk.sammen.canvas.CanvasService;
import dk.sammen.canvas.CanvasTemplate;
import dk.sammen.canvas.CanvasTemplate.Field;
import dk.sammen.canvas.FieldRef;
import dk.sammen.canvas.FieldType;
import dk.sammen.canvas.TableRef;
import dk.sammen.directory.DirectoryService;
import dk.sammen.scoping.Member;
import dk.sammen.scoping.Party;
import dk.sammen.scoping.ScopingDetails;
import dk.sammen.scoping.ScopingId;
import dk.sammen.scoping.ScopingRole;
import dk.sammen.scoping.ScopingService;
import dk.sammen.scoping.ui.DetailsPanel;
import dk.sammen.scoping.ui.PartiesPanel;
import jakarta.annotation.security.PermitAll;
import java.util.HashMap;
import java.util.Map;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;

/** The scoping canvas: every section of the template, in order, with its real shape. */
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
    private ScopingId id;
    private ScopingDetails details;
    private ResourceSummary resourceSummary;
    private final List<LiveUpdates.Subscription> subscriptions = new ArrayList<>();
    private final Map<FieldRef, AnswerEditor> editors = new HashMap<>();
    private final Map<TableRef, TableEditor> tables = new HashMap<>();
    /** By section key, as the rest of this page's per-section parts. */
    private final Map<String, CommentsPanel> comments = new HashMap<>();
    private final Map<String, AvatarGroup> sectionPresence = new HashMap<>();
    private final Map<String, Section> sectionElements = new HashMap<>();
    private final Map<String, Div> sectionHeaders = new HashMap<>();
    AvatarGroup presenceBar;
    ActivityFeed activity;
    List<Presence> present = List.of();

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
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parsed = event.getRouteParameters().get("id").flatMap(ScopingId::parse);
        if (parsed.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        try {
            id = parsed.get();
            render();
        } catch (AccessDeniedException notAMember) {
            // Exactly what a missing scoping shows: nobody learns which ids exist.
            event.rerouteToError(NotFoundException.class);
        }
    }

    /** Builds the page from what is stored now. */
    void render() {
        details = scopings.details(id);
        CanvasContent content = canvas.content(id);
        Map<String, List<Comment>> commentsBySection = commentService.comments(id).stream()
                .collect(Collectors.groupingBy(Comment::section));
        editors.clear();
        tables.clear();
        comments.clear();
        sectionPresence.clear();
        sectionElements.clear();
        sectionHeaders.clear();
        removeAll();
        H1 title = new H1(details.title());
        Span stage = new Span(getTranslation(details.stage().messageKey()));
        stage.addClassName("stage-badge");
        presenceBar = PresenceBar.create(this);
        Div header = new Div(title, stage, presenceBar);
        header.addClassName("page-header");
        add(header);
        addOns = extensions.stream().map(e -> e.open(details)).toList();
        addOns.forEach(a -> a.banner().ifPresent(this::add));
        if (!details.me().mayEditCanvas()) {
            add(new Paragraph(getTranslation("canvas.readOnly")));
        }
        OrderedList toc = new OrderedList();
        Nav nav = new Nav(toc);
        nav.setAriaLabel(getTranslation("canvas.sections"));
        nav.addClassName("canvas-toc");
        Div sections = new Div();
        sections.addClassName("canvas-sections");
        for (CanvasTemplate.Section section : canvas.template().sections()) {
            String heading = section.number() + ". " + getTranslation(section.titleKey());
            toc.add(new ListItem(new Anchor("#section-" + section.key(), heading)));
            sections.add(section(section, heading, content, commentsBySection.getOrDefault(section.key(), List.of())));
        }
        activity = new ActivityFeed(canvas.recentChanges(id, ActivityFeed.SHOWN), getLocale(), timer);
        Div side = new Div(nav, activity);
        side.addClassName("canvas-side");
        Div body = new Div(side, sections);
        body.addClassName("canvas-body");
        add(body);
        UI.getCurrent().getPage().setTitle(getPageTitle());
        showPresence(present);
    }

    private Section section(CanvasTemplate.Section section, String heading, CanvasContent content, List<Comment> sectionComments) {
        Section s = new Section();
        s.setId("section-" + section.key());
        s.addClassName("canvas-section");
        sectionElements.put(section.key(), s);
        H2 h2 = new H2(heading);
        h2.setId("heading-" + section.key());
        s.getElement().setAttribute("aria-labelledby", h2.getId().orElseThrow());
        Button history = new Button(getTranslation("history.open"), e -> new HistoryDialog(canvas, id, section.key(), heading,
                details.me().mayEditCanvas(), getLocale()).open());
        history.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        history.setId("history-" + section.key());
        Div sectionHeader = new Div(h2, history);
        sectionHeader.addClassName("section-header");
        sectionHeaders.put(section.key(), sectionHeader);
        s.add(sectionHeader);
        // Where this user is working, for everyone else's presence markers.
        s.getElement().addEventListener("focusin", e -> workingIn(section.key())).debounce(250);
        String help = "canvas." + section.key() + ".help";
        if (!getTranslation(help).equals(help)) s.add(new Paragraph(getTranslation(help)));
        switch (section.kind()) {
            case DETAILS -> s.add(new DetailsPanel(scopings, details, this::render));
            case PARTIES -> s.add(new PartiesPanel(scopings, directory, details, this::render));
            case ROLES -> s.add(evaluatorInfo());
            default -> { }
        }
        for (Field field : section.fields()) {
            if (field.type() == FieldType.TABLE) {
                TableRef ref = new TableRef(section.key(), field.key());
                TableEditor table = new TableEditor(canvas, id, section.key(), field, content.rows(ref), details.parties(),
                        details.me().mayEditCanvas(), () -> tables.get(ref).showRows(canvas.content(id).rows(ref)),
                        (sectionKey, rowId) -> addOns.stream().flatMap(a -> a.rowAction(sectionKey, rowId).stream()).toList());
                tables.put(ref, table);
                s.add(table);
            } else if (field.perParty()) {
                s.add(perParty(section, field, content));
            } else {
                s.add(editor(section, field, FieldRef.joint(section.key(), field.key()), content, details.me().mayEditCanvas(),
                        getTranslation(labelKey(section, field))).component());
            }
        }
        if (section.kind() == CanvasTemplate.Kind.RESOURCES) {
            resourceSummary = new ResourceSummary();
            s.add(resourceSummary);
            showResourceSplit();
        }
        addOns.forEach(a -> a.section(section.key()).ifPresent(s::add));
        CommentsPanel thread = new CommentsPanel(commentService, id, section.key(), sectionComments, getLocale());
        comments.put(section.key(), thread);
        s.add(thread);
        return s;
    }

    /** This user moved into a section; everyone else sees their marker there. */
    void workingIn(String section) {
        presence.focus(id.value(), viewKey, section);
    }

    /** Section 9 worked out from what the editors show as saved, so live changes need no extra reads. */
    private void showResourceSplit() {
        resourceSummary.show(ResourceSplit.compute(details.parties(), ref -> {
            AnswerEditor editor = editors.get(ref);
            return editor == null ? "" : editor.savedValue();
        }), getLocale());
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        if (id == null || details == null) return;
        UI ui = attachEvent.getUI();
        // Subscribed on this user's own thread: the fan-out delivers with this user's identity (see LiveUpdates).
        // One committed change's events in one access: one push to this browser (the answer, its history line, the gate).
        subscriptions.add(live.subscribeBatches(id.value(), events -> ui.access(() -> events.forEach(this::apply))));
        Membership me = details.me();
        String party = me.parties().stream().findFirst().flatMap(details::party).map(Party::name).orElse("");
        subscriptions.add(presence.join(id.value(), new Presence(viewKey, me.user().id().value(), me.user().displayName(),
                me.user().initials(), party, me.roles().stream().map(Enum::name).sorted().toList(),
                PresenceService.colourOf(me.user().id().value()), null)));
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        subscriptions.forEach(LiveUpdates.Subscription::close);
        subscriptions.clear();
        super.onDetach(detachEvent);
    }

    // Test hooks: the parts of the page a view test works with, found by what they show, not by
    // their place in the page's structure.

    AnswerEditor editorForTests(FieldRef ref) {
        return Objects.requireNonNull(editors.get(ref), () -> "no editor for " + ref.key());
    }

    Collection<AnswerEditor> editorsForTests() {
        return List.copyOf(editors.values());
    }

    TableEditor tableForTests(TableRef ref) {
        return Objects.requireNonNull(tables.get(ref), () -> "no table " + ref.key());
    }

    CommentsPanel commentsForTests(String section) {
        return Objects.requireNonNull(comments.get(section), () -> "no comments in " + section);
    }

    AvatarGroup presenceForTests(String section) {
        return Objects.requireNonNull(sectionPresence.get(section), () -> "nobody shown in " + section);
    }

    /** One extension's add-on on this page, found by its class. */
    public <T extends CanvasExtension.AddOn> T addOnForTests(Class<T> type) {
        return addOns.stream().filter(type::isInstance).map(type::cast).findFirst()
                .orElseThrow(() -> new IllegalStateException("no " + type.getSimpleName() + " on the page"));
    }

    /** A committed change by anyone (this user included) reaches this open page. */
    void apply(ScopingEvent event) {
        switch (event) {
            case CanvasEvents.AnswerChanged changed -> {
                AnswerEditor editor = editors.get(changed.value().ref());
                if (editor != null) editor.remoteChange(changed.value());
                if (resourceSummary != null && CanvasTemplate.RESOURCES.equals(changed.value().ref().section())) showResourceSplit();
            }
            case CanvasEvents.TableChanged changed -> {
                TableEditor table = tables.get(changed.table());
                if (table != null) table.showRows(changed.rows());
            }
            case CanvasEvents.ChangeRecorded recorded -> activity.prepend(recorded.change());
            case CanvasEvents.CommentsChanged changed -> {
                CommentsPanel panel = comments.get(changed.section());
                if (panel != null) panel.show(changed.comments());
            }
            case CanvasEvents.AnswersMerged merged -> tellAboutMerge(merged);
            case CanvasEvents.AnswerReplaced replaced -> tellAboutReplacement(replaced);
            case PresenceChanged changed -> showPresence(changed.present());
            case ScopingChanged ignored -> renderAgain();
            case ChangesMissed ignored -> renderAgain();
            default -> { }
        }
        addOns.forEach(a -> a.onEvent(event));
    }

    /** The two whose changes were merged each learn who added what; for everyone else the text just changes. */
    private void tellAboutMerge(CanvasEvents.AnswersMerged merged) {
        long me = details.me().user().id().value();
        if (me != merged.writerId() && me != merged.otherId()) return;
        String field = fieldLabel(merged.ref());
        String text = me == merged.writerId()
                ? getTranslation("merge.toWriter", field, merged.otherName(), added(merged.otherAdded()), added(merged.writerAdded()))
                : getTranslation("merge.toOther", field, merged.writerName(), added(merged.writerAdded()), added(merged.otherAdded()));
        Notification note = new Notification(new Span(text));
        note.setDuration(8000);
        note.setPosition(Notification.Position.BOTTOM_START);
        note.addClassName("merge-note");
        note.open();
    }

    /** Someone's choice replaced this user's saved text: told at once, with their text one click away. */
    private void tellAboutReplacement(CanvasEvents.AnswerReplaced replaced) {
        if (details.me().user().id().value() != replaced.replacedId()) return;
        AnswerEditor editor = editors.get(replaced.ref());
        if (editor == null) return;
        Notification note = new Notification();
        note.addClassName("replaced-note");
        Button restore = new Button(getTranslation("replaced.restore"), e -> {
            note.close();
            editor.offerBack(replaced.replacedText(), replaced.chosenBy());
        });
        restore.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button close = new Button(getTranslation("replaced.close"), e -> note.close());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        note.add(new Span(getTranslation("replaced.text", replaced.chosenBy(), fieldLabel(replaced.ref()))), restore, close);
        // Stays until they act: a message about their own text must not vanish while they look elsewhere.
        note.setDuration(0);
        note.setPosition(Notification.Position.BOTTOM_START);
        note.open();
    }

    private String added(String words) {
        return words.isEmpty() ? getTranslation("merge.nothingAdded") : "»" + words + "«";
    }

    private String fieldLabel(FieldRef ref) {
        String label = getTranslation("canvas." + ref.section() + "." + ref.field());
        return ref.party() == null ? label : label + " (" + details.party(ref.party()).map(Party::name).orElse("") + ")";
    }

    private void renderAgain() {
        try {
            render();
        } catch (AccessDeniedException noLongerMember) {
            UI.getCurrent().navigate("");
        }
    }

    /** Avatars at the top, and next to each section the people working in it, marked in their colour. */
    private void showPresence(List<Presence> now) {
        present = now;
        if (presenceBar == null) return;
        PresenceBar.show(this, presenceBar, now);
        Map<String, List<Presence>> bySection = now.stream().filter(p -> p.section() != null && !p.viewKey().equals(viewKey))
                .collect(Collectors.groupingBy(Presence::section));
        sectionElements.forEach((key, element) -> {
            List<Presence> here = bySection.getOrDefault(key, List.of());
            AvatarGroup group = sectionPresence.get(key);
            if (group == null && !here.isEmpty()) {
                // Made when someone first works in the section: most sections of most pages never need one.
                group = PresenceBar.create(this);
                group.addClassName("section-presence");
                sectionPresence.put(key, group);
                sectionHeaders.get(key).addComponentAtIndex(1, group);
            }
            if (group != null) PresenceBar.show(this, group, here);
            if (here.isEmpty()) {
                element.removeClassName("has-presence");
                element.getStyle().remove("--presence-colour");
            } else {
                element.addClassName("has-presence");
                element.getStyle().set("--presence-colour", "var(--vaadin-user-color-" + here.getFirst().colour() + ")");
            }
        });
    }

    /** One entry per party, side by side. */
    private Div perParty(CanvasTemplate.Section section, Field field, CanvasContent content) {
        Div group = new Div();
        group.addClassName("per-party");
        group.add(new H3(getTranslation(labelKey(section, field))));
        Div columns = new Div();
        columns.addClassName("per-party-columns");
        for (Party party : details.parties()) {
            FieldRef ref = FieldRef.forParty(section.key(), field.key(), party.id());
            AnswerEditor editor = editor(section, field, ref, content, details.me().mayEditForParty(party.id()),
                    party.name());
            columns.add(editor.component());
        }
        group.add(columns);
        return group;
    }

    private AnswerEditor editor(CanvasTemplate.Section section, Field field, FieldRef ref, CanvasContent content, boolean editable,
                                String label) {
        AnswerField input = AnswerField.create(this, field.type(), label, field.maxLength(), field.options(), details.parties());
        input.setRequired(field.required());
        String help = labelKey(section, field) + ".help";
        if (!getTranslation(help).equals(help) && input.component() instanceof com.vaadin.flow.component.HasHelper h) {
            h.setHelperText(getTranslation(help));
        }
        Runnable afterSave = section.kind() == CanvasTemplate.Kind.RESOURCES ? this::showResourceSplit : () -> { };
        AnswerEditor editor = new AnswerEditor(input, canvas, id, ref, content.value(ref), editable, afterSave);
        editors.put(ref, editor);
        return editor;
    }

    /** Section 8 names the evaluator from the members and warns when they also lead a party. */
    private Div evaluatorInfo() {
        Div info = new Div();
        var evaluators = details.withRole(ScopingRole.EVALUATOR);
        info.add(new Paragraph(evaluators.isEmpty() ? getTranslation("roles.noEvaluator")
                : getTranslation("roles.evaluator", evaluators.stream().map(m -> m.user().displayName()).collect(Collectors.joining(", ")))));
        Set<Long> leaders = details.withRole(ScopingRole.LEADER).stream().map(m -> m.user().id().value()).collect(Collectors.toSet());
        for (Member evaluator : evaluators) {
            if (leaders.contains(evaluator.user().id().value())) {
                Paragraph warning = new Paragraph(getTranslation("roles.evaluatorLeads", evaluator.user().displayName()));
                warning.addClassName("warning");
                warning.getElement().setAttribute("role", "alert");
                info.add(warning);
            }
        }
        return info;
    }

    private static String labelKey(CanvasTemplate.Section section, Field field) {
        return "canvas." + section.key() + "." + field.key();
    }

    @Override
    public String getPageTitle() {
        return (details == null ? "" : details.title() + " – ") + getTranslation("app.name");
    }
}

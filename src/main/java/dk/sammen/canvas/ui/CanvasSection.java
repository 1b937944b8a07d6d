package dk.sammen.canvas.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.avatar.AvatarGroup;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import dk.sammen.base.ui.InPlace;
import dk.sammen.canvas.CanvasContent;
import dk.sammen.canvas.CanvasEvents;
import dk.sammen.canvas.CanvasKeys;
import dk.sammen.canvas.CanvasService;
import dk.sammen.canvas.CanvasTemplate;
import dk.sammen.canvas.CanvasTemplate.Field;
import dk.sammen.canvas.Comment;
import dk.sammen.canvas.CommentService;
import dk.sammen.canvas.FieldRef;
import dk.sammen.canvas.FieldType;
import dk.sammen.canvas.ResourceSplit;
import dk.sammen.canvas.TableRef;
import dk.sammen.directory.DirectoryService;
import dk.sammen.live.PageEvents;
import dk.sammen.live.Presence;
import dk.sammen.scoping.Member;
import dk.sammen.scoping.Party;
import dk.sammen.scoping.PartyId;
import dk.sammen.scoping.ScopingDetails;
import dk.sammen.scoping.ScopingPlace;
import dk.sammen.scoping.ScopingRole;
import dk.sammen.scoping.ScopingService;
import dk.sammen.scoping.ui.DetailsPanel;
import dk.sammen.scoping.ui.PartiesPanel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * One section of the canvas page, owning everything in it: its heading, answers, tables,
 * comments, who works in it, and the add-ons' parts. It registers for the events that concern it
 * and applies them to the components already there; nothing in it is built again because
 * something changed elsewhere (ADR 0015).
 */
final class CanvasSection extends Section {

    /** What every section of one page shares: the services, the scoping and the add-ons. */
    record Page(CanvasService canvas, CommentService comments, ScopingService scopings, DirectoryService directory,
                List<CanvasExtension.AddOn> addOns, Runnable scopingChangedHere) {
    }

    private final CanvasTemplate.Section section;
    private final Page page;
    private final String heading;
    private ScopingDetails details;
    private final Div header;
    private final Map<FieldRef, AnswerEditor> editors = new LinkedHashMap<>();
    private final Map<TableRef, TableEditor> tables = new LinkedHashMap<>();
    /** Per-party fields: the columns by field, each party's editor in it. */
    private final Map<String, Div> partyColumns = new LinkedHashMap<>();
    private final CommentsPanel comments;
    private @Nullable ResourceSummary resourceSummary;
    private @Nullable AvatarGroup presence;
    private @Nullable DetailsPanel detailsPanel;
    private @Nullable PartiesPanel partiesPanel;
    private @Nullable Div evaluatorInfo;

    CanvasSection(CanvasTemplate.Section section, Page page, ScopingDetails details, CanvasContent content,
                  List<Comment> sectionComments) {
        this.section = section;
        this.page = page;
        this.details = details;
        this.heading = section.number() + ". " + getTranslation(section.titleKey());
        setId(ScopingPlace.sectionElementId(section.key()));
        addClassName("canvas-section");
        H2 h2 = new H2(heading);
        h2.setId("heading-" + section.key());
        // A link to the section moves the keyboard's place to its heading, as a link to an anchor does.
        h2.getElement().setAttribute("tabindex", "-1");
        getElement().setAttribute("aria-labelledby", h2.getId().orElseThrow());
        Button history = new Button(getTranslation("history.open"), e -> new HistoryDialog(page.canvas(), details.id(), section.key(),
                heading, this.details.me().mayEditCanvas(), getLocale()).open());
        history.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        history.setId("history-" + section.key());
        header = new Div(h2, history);
        header.addClassName("section-header");
        add(header);
        String help = CanvasKeys.sectionHelp(section.key()).key();
        if (!getTranslation(help).equals(help)) add(new Paragraph(getTranslation(help)));
        switch (section.kind()) {
            case DETAILS -> add(detailsPanel = new DetailsPanel(page.scopings(), details, page.scopingChangedHere()));
            case PARTIES -> add(partiesPanel = new PartiesPanel(page.scopings(), page.directory(), details, page.scopingChangedHere()));
            case ROLES -> {
                evaluatorInfo = new Div();
                showEvaluator(details);
                add(evaluatorInfo);
            }
            default -> { }
        }
        for (Field field : section.fields()) {
            if (field.type() == FieldType.TABLE) {
                TableRef ref = new TableRef(section.key(), field.key());
                TableEditor table = new TableEditor(page.canvas(), details.id(), section.key(), field, content.rows(ref), details.parties(),
                        details.me().mayEditCanvas(), () -> tables.get(ref).showRows(page.canvas().content(details.id()).rows(ref)),
                        (sectionKey, rowId) -> page.addOns().stream().flatMap(a -> a.rowAction(sectionKey, rowId).stream()).toList());
                tables.put(ref, table);
                add(table);
            } else if (field.perParty()) {
                add(perParty(field, content));
            } else {
                FieldRef ref = FieldRef.joint(section.key(), field.key());
                add(editor(field, ref, content, details.me().mayEditCanvas(), getTranslation(CanvasKeys.field(ref).key())).component());
            }
        }
        if (section.kind() == CanvasTemplate.Kind.RESOURCES) {
            resourceSummary = new ResourceSummary();
            add(resourceSummary);
            showResourceSplit();
        }
        page.addOns().forEach(a -> a.section(section.key()).ifPresent(this::add));
        page.addOns().forEach(a -> a.sectionShown(section.key(), this));
        comments = new CommentsPanel(page.comments(), details.id(), section.key(), sectionComments, getLocale());
        add(comments);
    }

    /** Registers for what changes inside this section. */
    void listen(PageEvents events) {
        events.on(CanvasEvents.AnswerChanged.class, changed -> {
            AnswerEditor editor = editors.get(changed.value().ref());
            if (editor == null) return;
            editor.remoteChange(changed.value());
            if (resourceSummary != null) showResourceSplit();
        });
        if (!tables.isEmpty()) {
            events.on(CanvasEvents.TableChanged.class, changed -> {
                TableEditor table = tables.get(changed.table());
                if (table != null) table.showRows(changed.rows());
            });
        }
        events.on(CanvasEvents.CommentsChanged.class, changed -> {
            if (changed.section().equals(section.key())) comments.show(changed.comments());
        });
        events.on(CanvasEvents.AnswersMerged.class, merged -> {
            if (editors.containsKey(merged.ref())) tellAboutMerge(merged);
        });
        events.on(CanvasEvents.AnswerReplaced.class, replaced -> {
            AnswerEditor editor = editors.get(replaced.ref());
            if (editor != null) tellAboutReplacement(replaced, editor);
        });
    }

    String key() {
        return section.key();
    }

    String heading() {
        return heading;
    }

    /**
     * The scoping's details, parties or members changed: what shows them is updated in place,
     * each party gets its column (a new party's is added, a removed one's goes, the others stay),
     * and every answer becomes editable or read-only as the user's role now says.
     */
    void scopingChanged(ScopingDetails now, Supplier<CanvasContent> content) {
        details = now;
        if (detailsPanel != null) detailsPanel.show(now);
        if (partiesPanel != null) partiesPanel.show(now);
        if (evaluatorInfo != null) showEvaluator(now);
        List<PartyId> parties = now.parties().stream().map(Party::id).toList();
        CanvasContent[] read = {null};
        for (Field field : section.fields()) {
            if (!field.perParty() || field.type() == FieldType.TABLE) continue;
            Div columns = partyColumns.get(field.key());
            boolean same = editors.keySet().stream().filter(r -> r.field().equals(field.key()) && r.party() != null)
                    .map(FieldRef::party).toList().equals(parties);
            if (same) continue;
            if (read[0] == null) read[0] = content.get();
            List<Component> wanted = new ArrayList<>();
            for (Party party : now.parties()) {
                FieldRef ref = FieldRef.forParty(section.key(), field.key(), party.id());
                AnswerEditor editor = editors.get(ref);
                wanted.add(editor != null ? editor.component()
                        : editor(field, ref, read[0], now.me().mayEditForParty(party.id()), party.name()).component());
            }
            editors.keySet().removeIf(r -> r.field().equals(field.key()) && r.party() != null && !parties.contains(r.party()));
            InPlace.children(columns, wanted);
        }
        editors.forEach((ref, editor) -> editor.setEditable(ref.party() == null ? now.me().mayEditCanvas() : now.me().mayEditForParty(ref.party())));
        tables.values().forEach(t -> t.scopingChanged(now.parties(), now.me().mayEditCanvas()));
        if (resourceSummary != null) showResourceSplit();
    }

    /** This page missed changes one by one: every part shows what is stored now. */
    void readAgain(CanvasContent content, List<Comment> sectionComments) {
        editors.forEach((ref, editor) -> content.value(ref).ifPresent(editor::remoteChange));
        tables.forEach((ref, table) -> table.showRows(content.rows(ref)));
        comments.show(sectionComments);
        if (resourceSummary != null) showResourceSplit();
    }

    /** Next to the heading the people working in this section, marked in their colour. */
    void showPresence(List<Presence> here) {
        if (presence == null && !here.isEmpty()) {
            // Made when someone first works in the section: most sections of most pages never need one.
            presence = PresenceBar.create(this);
            presence.addClassName("section-presence");
            header.addComponentAtIndex(1, presence);
        }
        if (presence != null) PresenceBar.show(this, presence, here);
        if (here.isEmpty()) {
            removeClassName("has-presence");
            getStyle().remove("--presence-colour");
        } else {
            addClassName("has-presence");
            getStyle().set("--presence-colour", "var(--vaadin-user-color-" + here.getFirst().colour() + ")");
        }
    }

    /** Section 9 worked out from what the editors show as saved, so live changes need no extra reads. */
    private void showResourceSplit() {
        if (resourceSummary == null) return;
        resourceSummary.show(ResourceSplit.compute(details.parties(), ref -> {
            AnswerEditor editor = editors.get(ref);
            return editor == null ? "" : editor.savedValue();
        }), getLocale());
    }

    /** One entry per party, side by side. */
    private Div perParty(Field field, CanvasContent content) {
        Div group = new Div();
        group.addClassName("per-party");
        group.add(new H3(getTranslation(CanvasKeys.field(section.key(), field.key()).key())));
        Div columns = new Div();
        columns.addClassName("per-party-columns");
        for (Party party : details.parties()) {
            FieldRef ref = FieldRef.forParty(section.key(), field.key(), party.id());
            columns.add(editor(field, ref, content, details.me().mayEditForParty(party.id()), party.name()).component());
        }
        partyColumns.put(field.key(), columns);
        group.add(columns);
        return group;
    }

    private AnswerEditor editor(Field field, FieldRef ref, CanvasContent content, boolean editable, String label) {
        AnswerField input = AnswerField.create(this, field.type(), label, field.maxLength(), field.options(), details.parties());
        input.setRequired(field.required());
        String help = CanvasKeys.fieldHelp(section.key(), field.key()).key();
        if (!getTranslation(help).equals(help) && input.component() instanceof HasHelper h) h.setHelperText(getTranslation(help));
        Runnable afterSave = section.kind() == CanvasTemplate.Kind.RESOURCES ? this::showResourceSplit : () -> { };
        AnswerEditor editor = new AnswerEditor(input, page.canvas(), details.id(), ref, content.value(ref), editable, afterSave);
        editors.put(ref, editor);
        return editor;
    }

    /** Section 8 names the evaluator from the members and warns when they also lead a party. */
    private void showEvaluator(ScopingDetails now) {
        Div info = java.util.Objects.requireNonNull(evaluatorInfo);
        info.removeAll(); // sentences only
        var evaluators = now.withRole(ScopingRole.EVALUATOR);
        info.add(new Paragraph(evaluators.isEmpty() ? getTranslation("roles.noEvaluator")
                : getTranslation("roles.evaluator", evaluators.stream().map(m -> m.user().displayName()).collect(Collectors.joining(", ")))));
        Set<Long> leaders = now.withRole(ScopingRole.LEADER).stream().map(m -> m.user().id().value()).collect(Collectors.toSet());
        for (Member evaluator : evaluators) {
            if (leaders.contains(evaluator.user().id().value())) {
                Paragraph warning = new Paragraph(getTranslation("roles.evaluatorLeads", evaluator.user().displayName()));
                warning.addClassName("warning");
                warning.getElement().setAttribute("role", "alert");
                info.add(warning);
            }
        }
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
    private void tellAboutReplacement(CanvasEvents.AnswerReplaced replaced, AnswerEditor editor) {
        if (details.me().user().id().value() != replaced.replacedId()) return;
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
        String label = getTranslation(CanvasKeys.field(ref).key());
        return ref.party() == null ? label : label + " (" + details.party(ref.party()).map(Party::name).orElse("") + ")";
    }

    // Test hooks.

    Map<FieldRef, AnswerEditor> editors() {
        return editors;
    }

    Map<TableRef, TableEditor> tables() {
        return tables;
    }

    CommentsPanel comments() {
        return comments;
    }

    @Nullable AvatarGroup presence() {
        return presence;
    }
}

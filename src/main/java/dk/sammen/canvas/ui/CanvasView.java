package dk.sammen.canvas.ui;

import com.vaadin.flow.component.UI;
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
import dk.sammen.security.AccountService;
import jakarta.annotation.security.PermitAll;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;

/** The scoping canvas: every section of the template, in order, with its real shape. */
@Route("scoping/:id")
@PermitAll
public class CanvasView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final CanvasService canvas;
    private final ScopingService scopings;
    private final DirectoryService directory;
    private final AccountService accounts;
    private ScopingId id;
    private ScopingDetails details;
    private ResourceSummary resourceSummary;
    final Map<String, AnswerEditor> editors = new HashMap<>();
    final Map<String, TableEditor> tables = new HashMap<>();

    CanvasView(CanvasService canvas, ScopingService scopings, DirectoryService directory, AccountService accounts) {
        this.canvas = canvas;
        this.scopings = scopings;
        this.directory = directory;
        this.accounts = accounts;
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
        editors.clear();
        tables.clear();
        removeAll();
        H1 title = new H1(details.title());
        Span stage = new Span(getTranslation(details.stage().messageKey()));
        stage.addClassName("stage-badge");
        Div header = new Div(title, stage);
        header.addClassName("page-header");
        add(header);
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
            sections.add(section(section, heading, content));
        }
        Div body = new Div(nav, sections);
        body.addClassName("canvas-body");
        add(body);
        UI.getCurrent().getPage().setTitle(getPageTitle());
    }

    private Section section(CanvasTemplate.Section section, String heading, CanvasContent content) {
        Section s = new Section();
        s.setId("section-" + section.key());
        s.addClassName("canvas-section");
        H2 h2 = new H2(heading);
        h2.setId("heading-" + section.key());
        s.getElement().setAttribute("aria-labelledby", h2.getId().orElseThrow());
        s.add(h2);
        String help = "canvas." + section.key() + ".help";
        if (!getTranslation(help).equals(help)) s.add(new Paragraph(getTranslation(help)));
        switch (section.kind()) {
            case DETAILS -> s.add(new DetailsPanel(scopings, details, this::render));
            case PARTIES -> s.add(new PartiesPanel(scopings, directory, accounts, details, this::render));
            case ROLES -> s.add(evaluatorInfo());
            default -> { }
        }
        for (Field field : section.fields()) {
            if (field.type() == FieldType.TABLE) {
                TableEditor table = new TableEditor(canvas, id, section.key(), field,
                        content.rows(new TableRef(section.key(), field.key())), details.parties(), details.me().mayEditCanvas(),
                        this::render);
                tables.put(section.key() + "/" + field.key(), table);
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
            resourceSummary.show(canvas.resourceSplit(id), getLocale());
            s.add(resourceSummary);
        }
        return s;
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
        Runnable afterSave = section.kind() == CanvasTemplate.Kind.RESOURCES
                ? () -> resourceSummary.show(canvas.resourceSplit(id), getLocale())
                : () -> { };
        AnswerEditor editor = new AnswerEditor(input, canvas, id, ref, content.value(ref), editable, afterSave);
        editors.put(ref.key(), editor);
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

package dk.sammen.directory.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import dk.sammen.base.Formats;
import dk.sammen.base.InvalidInputException;
import dk.sammen.base.Translations;
import dk.sammen.base.ui.ProblemDisplay;
import dk.sammen.base.ui.ComponentTexts;
import dk.sammen.directory.DepartmentSummary;
import dk.sammen.directory.DirectoryService;
import dk.sammen.directory.ImportPreview;
import dk.sammen.directory.NewPerson;
import dk.sammen.directory.PeopleImport;
import dk.sammen.directory.PersonSummary;
import dk.sammen.mail.MailOutbox;
import dk.sammen.mail.QueuedMail;
import dk.sammen.security.AccountService;
import dk.sammen.security.AdminAudit;
import dk.sammen.security.AuditEntry;
import dk.sammen.security.OrganisationSettings;
import dk.sammen.security.Roles;
import dk.sammen.security.SettingsService;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Administration: departments, people, the import from HR, the organisation's settings, the outbox
 * (in development the place to read mails) and the record of every administrative change.
 * The services check the administrator role themselves; this page only saves the clicks.
 */
@Route("admin")
@RouteAlias("admin/:part")
@Menu(title = "nav.admin", order = 9)
@RolesAllowed(Roles.ADMIN)
public class AdminView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    /**
     * The parts of the administration, each at its own address ("admin/people"). Links, not a tab
     * sheet: Vaadin's tab list holds a focusable scroller, which a tab list may not (axe: critical),
     * and an address per part can be bookmarked and sent to a colleague.
     */
    enum Part {
        DEPARTMENTS("departments", "admin.tab.departments"), PEOPLE("people", "admin.tab.people"), IMPORT("import", "admin.tab.import"),
        SETTINGS("settings", "admin.tab.settings"), MAIL("mail", "admin.tab.mail"), LOG("log", "admin.tab.log");

        final String path;
        final String titleKey;

        Part(String path, String titleKey) {
            this.path = path;
            this.titleKey = titleKey;
        }

        static Part at(String path) {
            for (Part part : values()) if (part.path.equals(path)) return part;
            return DEPARTMENTS;
        }
    }

    private final DirectoryService directory;
    private final AccountService accounts;
    private final PeopleImport peopleImport;
    private final SettingsService settings;
    private final MailOutbox outbox;
    private final AdminAudit audit;

    private final Map<Part, Component> parts = new EnumMap<>(Part.class);
    private final Map<Part, Anchor> links = new EnumMap<>(Part.class);
    final Grid<DepartmentSummary> departments = new Grid<>();
    final TextField departmentName = new TextField();
    final TextField departmentShort = new TextField();
    final Button addDepartment = new Button();
    final TextField peopleSearch = new TextField();
    final Grid<PersonSummary> people = new Grid<>();
    final Button addPerson = new Button();
    final Div importResult = new Div();
    final Grid<ImportPreview.Row> importRows = new Grid<>();
    final Button importButton = new Button();
    final RadioButtonGroup<OrganisationSettings.WhoMayStart> whoMayStart = new RadioButtonGroup<>();
    final Checkbox inviteNew = new Checkbox();
    final Grid<QueuedMail> mails = new Grid<>();
    final Pre mailBody = new Pre();
    final Grid<AuditEntry> log = new Grid<>();
    private byte[] uploaded = new byte[0];
    private String uploadedName = "";

    AdminView(DirectoryService directory, AccountService accounts, PeopleImport peopleImport, SettingsService settings,
              MailOutbox outbox, AdminAudit audit) {
        this.directory = directory;
        this.accounts = accounts;
        this.peopleImport = peopleImport;
        this.settings = settings;
        this.outbox = outbox;
        this.audit = audit;
        addClassName("page");
        parts.put(Part.DEPARTMENTS, departmentsTab());
        parts.put(Part.PEOPLE, peopleTab());
        parts.put(Part.IMPORT, importTab());
        parts.put(Part.SETTINGS, settingsTab());
        parts.put(Part.MAIL, mailTab());
        parts.put(Part.LOG, logTab());
        Nav partsNav = new Nav();
        partsNav.setAriaLabel(getTranslation("admin.title"));
        partsNav.addClassName("admin-parts");
        Div content = new Div();
        parts.forEach((part, component) -> {
            Anchor link = new Anchor("admin/" + part.path, getTranslation(part.titleKey));
            links.put(part, link);
            partsNav.add(link);
            content.add(component);
        });
        add(new H1(getTranslation("admin.title")), partsNav, content);
        // Which part shows (and the first read of the grids) is decided by the address, in beforeEnter.
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show(Part.at(event.getRouteParameters().get("part").orElse("")));
    }

    /** Only the chosen part is on the page; its link says it is the current one. */
    void show(Part shown) {
        parts.forEach((part, component) -> component.setVisible(part == shown));
        links.forEach((part, link) -> {
            if (part == shown) link.getElement().setAttribute("aria-current", "page");
            else link.getElement().removeAttribute("aria-current");
        });
        refresh();
    }

    private void refresh() {
        departments.setItems(directory.departments());
        people.setItems(directory.findPeople(peopleSearch.getValue(), true));
        mails.setItems(outbox.recent(200));
        log.setItems(audit.recent(200));
    }

    // Departments ---------------------------------------------------------------------------------------------

    private Component departmentsTab() {
        departmentName.setLabel(getTranslation("admin.department.name"));
        departmentName.setMaxLength(200);
        departmentShort.setLabel(getTranslation("admin.department.short"));
        departmentShort.setMaxLength(40);
        addDepartment.setText(getTranslation("admin.department.add"));
        addDepartment.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        addDepartment.addClickListener(e -> {
            try {
                directory.createDepartment(departmentName.getValue(), departmentShort.getValue());
                departmentName.clear();
                departmentShort.clear();
                departmentName.setInvalid(false);
                refresh();
            } catch (InvalidInputException problems) {
                ProblemDisplay.show(this, problems, Map.of("name", departmentName, "shortName", departmentShort));
            }
        });
        departments.addColumn(DepartmentSummary::name).setHeader(getTranslation("admin.department.name")).setFlexGrow(3);
        departments.addColumn(DepartmentSummary::shortName).setHeader(getTranslation("admin.department.short"));
        departments.addColumn(d -> getTranslation(d.active() ? "admin.active" : "admin.inactive")).setHeader(getTranslation("admin.state"));
        departments.addComponentColumn(d -> {
            Button edit = new Button(getTranslation("admin.edit"), e -> editDepartment(d));
            edit.setAriaLabel(getTranslation("admin.department.edit", d.name()));
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            return edit;
        }).setHeader(getTranslation("admin.actions"));
        departments.setAllRowsVisible(true);
        departments.setEmptyStateText(getTranslation("admin.departments.empty"));
        departments.setAriaLabel(getTranslation("admin.tab.departments"));
        departments.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        FlexLayout form = new FlexLayout(departmentName, departmentShort, addDepartment);
        form.addClassName("inline-form");
        return new Div(new H2(getTranslation("admin.tab.departments")), form, departments);
    }

    private void editDepartment(DepartmentSummary department) {
        Dialog dialog = new Dialog(getTranslation("admin.department.edit", department.name()));
        TextField name = new TextField(getTranslation("admin.department.name"), department.name(), "");
        name.setMaxLength(200);
        TextField shortName = new TextField(getTranslation("admin.department.short"), department.shortName(), "");
        shortName.setMaxLength(40);
        Button save = new Button(getTranslation("admin.save"), e -> {
            try {
                directory.updateDepartment(department.id(), name.getValue(), shortName.getValue());
                dialog.close();
                refresh();
            } catch (InvalidInputException problems) {
                ProblemDisplay.show(dialog, problems, Map.of("name", name, "shortName", shortName));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button active = new Button(getTranslation(department.active() ? "admin.deactivate" : "admin.reactivate"), e -> {
            directory.setDepartmentActive(department.id(), !department.active());
            dialog.close();
            refresh();
        });
        dialog.add(name, shortName);
        if (department.active()) dialog.add(new Paragraph(getTranslation("admin.department.deactivateHelp")));
        dialog.getFooter().add(active, new Button(getTranslation("admin.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    // People ---------------------------------------------------------------------------------------------------

    private Component peopleTab() {
        peopleSearch.setLabel(getTranslation("admin.people.search"));
        peopleSearch.setHelperText(getTranslation("admin.people.searchHelp"));
        peopleSearch.setValueChangeMode(ValueChangeMode.LAZY);
        peopleSearch.addValueChangeListener(e -> people.setItems(directory.findPeople(e.getValue(), true)));
        peopleSearch.setClearButtonVisible(true);
        addPerson.setText(getTranslation("admin.people.add"));
        addPerson.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        addPerson.addClickListener(e -> editPerson(null));
        people.addColumn(p -> p.user().displayName()).setHeader(getTranslation("admin.people.name")).setFlexGrow(2);
        people.addColumn(p -> p.user().email()).setHeader(getTranslation("admin.people.email")).setFlexGrow(2);
        people.addColumn(p -> p.department() == null ? "" : p.department().name()).setHeader(getTranslation("admin.people.department")).setFlexGrow(2);
        people.addColumn(p -> roles(p)).setHeader(getTranslation("admin.people.roles"));
        people.addColumn(p -> getTranslation(p.user().active() ? "admin.active" : "admin.inactive")).setHeader(getTranslation("admin.state"));
        people.addComponentColumn(p -> {
            Button edit = new Button(getTranslation("admin.edit"), e -> editPerson(p));
            edit.setAriaLabel(getTranslation("admin.people.edit", p.user().displayName()));
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            return edit;
        }).setHeader(getTranslation("admin.actions"));
        people.setAllRowsVisible(true);
        people.setEmptyStateText(getTranslation("admin.people.empty"));
        people.setAriaLabel(getTranslation("admin.tab.people"));
        people.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        FlexLayout bar = new FlexLayout(peopleSearch, addPerson);
        bar.addClassName("inline-form");
        return new Div(new H2(getTranslation("admin.tab.people")), new Paragraph(getTranslation("admin.people.intro")), bar, people);
    }

    private String roles(PersonSummary p) {
        return java.util.stream.Stream.of(p.user().administrator() ? getTranslation("admin.people.administrator") : "",
                        p.user().facilitator() ? getTranslation("admin.people.facilitator") : "")
                .filter(s -> !s.isEmpty()).collect(Collectors.joining(", "));
    }

    /** One dialog for a new person (null) and for changing one. */
    void editPerson(@org.jspecify.annotations.Nullable PersonSummary existing) {
        Dialog dialog = new Dialog(existing == null ? getTranslation("admin.people.add") : getTranslation("admin.people.edit",
                existing.user().displayName()));
        dialog.setId("person-dialog");
        TextField name = new TextField(getTranslation("admin.people.name"));
        name.setId("person-name");
        name.setMaxLength(200);
        name.setRequiredIndicatorVisible(true);
        EmailField email = new EmailField(getTranslation("admin.people.email"));
        email.setId("person-email");
        email.setMaxLength(254);
        email.setRequiredIndicatorVisible(true);
        ComboBox<DepartmentSummary> department = new ComboBox<>(getTranslation("admin.people.department"));
        department.setId("person-department");
        department.setItems(directory.activeDepartments());
        department.setItemLabelGenerator(DepartmentSummary::name);
        department.setRequiredIndicatorVisible(true);
        TextField title = new TextField(getTranslation("admin.people.jobTitle"));
        title.setMaxLength(200);
        Select<Locale> language = new Select<>();
        language.setLabel(getTranslation("admin.people.language"));
        language.setItems(Translations.DANISH, Translations.ENGLISH);
        language.setItemLabelGenerator(l -> "da".equals(l.getLanguage()) ? "Dansk" : "English");
        language.setValue(Translations.DANISH);
        Map<String, com.vaadin.flow.component.HasValidation> fields = Map.of("displayName", name, "email", email,
                "department", department, "jobTitle", title);
        Div extra = new Div();
        if (existing != null) {
            name.setValue(existing.user().displayName());
            email.setValue(existing.user().email());
            if (existing.department() != null) {
                department.setItems(java.util.stream.Stream.concat(directory.activeDepartments().stream(),
                        existing.department().active() ? java.util.stream.Stream.empty() : java.util.stream.Stream.of(existing.department())).toList());
                department.setValue(existing.department());
            }
            title.setValue(existing.jobTitle());
            language.setValue(Translations.supported(existing.user().locale()));
            extra.add(personActions(existing, dialog));
        }
        Button save = new Button(getTranslation(existing == null ? "admin.people.createAndInvite" : "admin.save"), e -> {
            try {
                if (existing == null) {
                    directory.createPerson(new NewPerson(name.getValue(), email.getValue(), null,
                            department.getValue() == null ? null : department.getValue().id(), title.getValue(), language.getValue()));
                    ProblemDisplay.success(getTranslation("admin.people.invited", email.getValue()));
                } else {
                    if (department.getValue() == null) {
                        department.setErrorMessage(getTranslation("validation.required"));
                        department.setInvalid(true);
                        return;
                    }
                    directory.updatePerson(existing.user().id(), name.getValue(), email.getValue(), language.getValue(),
                            department.getValue().id(), title.getValue());
                }
                dialog.close();
                refresh();
            } catch (InvalidInputException problems) {
                ProblemDisplay.show(dialog, problems, fields);
            }
        });
        save.setId("person-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(name, email, department, title, language, extra);
        dialog.getFooter().add(new Button(getTranslation("admin.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private Component personActions(PersonSummary person, Dialog dialog) {
        var user = person.user();
        Runnable done = () -> {
            dialog.close();
            refresh();
        };
        Button active = new Button(getTranslation(user.active() ? "admin.deactivate" : "admin.reactivate"), e -> act(() -> {
            if (user.active()) accounts.deactivate(user.id());
            else accounts.reactivate(user.id());
        }, done));
        active.setId("person-active");
        if (user.active()) active.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Button admin = new Button(getTranslation(user.administrator() ? "admin.people.revokeAdmin" : "admin.people.grantAdmin"),
                e -> act(() -> accounts.setAdministrator(user.id(), !user.administrator()), done));
        Button facilitator = new Button(getTranslation(user.facilitator() ? "admin.people.revokeFacilitator" : "admin.people.grantFacilitator"),
                e -> act(() -> accounts.setFacilitator(user.id(), !user.facilitator()), done));
        Button invite = new Button(getTranslation("admin.people.resendInvitation"), e -> act(() -> accounts.resendInvitation(user.id()), done));
        FlexLayout row = new FlexLayout(active, admin, facilitator, invite);
        row.addClassName("inline-form");
        return row;
    }

    private void act(Runnable action, Runnable done) {
        try {
            action.run();
            done.run();
        } catch (InvalidInputException problems) {
            ProblemDisplay.show(this, problems, Map.of());
        }
    }

    // Import ---------------------------------------------------------------------------------------------------

    private Component importTab() {
        Anchor template = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(PeopleImport.TEMPLATE.getBytes(StandardCharsets.UTF_8)), "sammen-personer-skabelon.csv",
                "text/csv; charset=UTF-8", PeopleImport.TEMPLATE.getBytes(StandardCharsets.UTF_8).length)),
                getTranslation("import.template"));
        Upload upload = new Upload(UploadHandler.inMemory((meta, bytes) -> getUI().ifPresent(ui -> ui.access(() -> {
            uploaded = bytes;
            uploadedName = meta.fileName();
            showPreview(peopleImport.preview(bytes));
        }))));
        ComponentTexts.apply(upload);
        upload.getElement().setAttribute("aria-label", getTranslation("import.upload"));
        upload.setMaxFileSize(PeopleImport.MAX_BYTES + 1);
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.addFileRejectedListener(e -> ProblemDisplay.error(getTranslation("import.tooLarge", PeopleImport.MAX_BYTES / (1024 * 1024))));
        importRows.addColumn(ImportPreview.Row::line).setHeader(getTranslation("import.line")).setAutoWidth(true).setFlexGrow(0);
        importRows.addColumn(r -> getTranslation(r.action().messageKey())).setHeader(getTranslation("import.action")).setAutoWidth(true);
        importRows.addColumn(ImportPreview.Row::name).setHeader(getTranslation("admin.people.name"));
        importRows.addColumn(ImportPreview.Row::email).setHeader(getTranslation("admin.people.email"));
        importRows.addColumn(ImportPreview.Row::department).setHeader(getTranslation("admin.people.department"));
        importRows.addColumn(r -> r.problems().stream().map(p -> ProblemDisplay.message(this, p)).collect(Collectors.joining(" ")))
                .setHeader(getTranslation("import.problems")).setFlexGrow(3);
        importRows.setAriaLabel(getTranslation("import.preview"));
        importRows.setVisible(false);
        importRows.setPageSize(200);
        importButton.setText(getTranslation("import.submit"));
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.setEnabled(false);
        importButton.addClickListener(e -> {
            try {
                ImportPreview done = peopleImport.importFile(uploaded, uploadedName);
                importResult.removeAll();
                importResult.add(status(getTranslation("import.done", done.newPeople(), done.updatedPeople(), done.newDepartments().size())));
                importButton.setEnabled(false);
                refresh();
            } catch (InvalidInputException problems) {
                ProblemDisplay.show(this, problems, Map.of());
            }
        });
        importResult.getElement().setAttribute("aria-live", "polite");
        return new Div(new H2(getTranslation("admin.tab.import")), new Paragraph(getTranslation("import.intro")), new Paragraph(template),
                upload, importResult, importButton, importRows);
    }

    void showPreview(ImportPreview preview) {
        importResult.removeAll();
        preview.fileProblems().forEach(p -> importResult.add(status(ProblemDisplay.message(this, p))));
        if (preview.fileProblems().isEmpty()) {
            importResult.add(status(getTranslation("import.summary", preview.rows().size(), preview.newPeople(), preview.updatedPeople(),
                    preview.rowsWithProblems(), preview.newDepartments().isEmpty() ? "–" : String.join(", ", preview.newDepartments()),
                    preview.emptyLinesSkipped())));
        }
        importRows.setItems(preview.rows());
        importRows.setVisible(!preview.rows().isEmpty());
        importButton.setEnabled(preview.canImport());
    }

    private static Paragraph status(String text) {
        Paragraph p = new Paragraph(text);
        p.getElement().setAttribute("role", "status");
        return p;
    }

    // Settings, mail and log -------------------------------------------------------------------------------------

    private Component settingsTab() {
        OrganisationSettings current = settings.settings();
        whoMayStart.setLabel(getTranslation("settings.whoMayStart"));
        whoMayStart.setItems(OrganisationSettings.WhoMayStart.values());
        whoMayStart.setItemLabelGenerator(w -> getTranslation(w.messageKey()));
        whoMayStart.setValue(current.whoMayStart());
        inviteNew.setLabel(getTranslation("settings.inviteNew"));
        inviteNew.setValue(current.facilitatorsMayInviteNewPeople());
        Button save = new Button(getTranslation("admin.save"), e -> {
            settings.change(new OrganisationSettings(whoMayStart.getValue(), inviteNew.getValue()));
            ProblemDisplay.success(getTranslation("settings.saved"));
            refresh();
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return new Div(new H2(getTranslation("admin.tab.settings")), whoMayStart, new Div(inviteNew), save);
    }

    private Component mailTab() {
        mails.setEmptyStateText(getTranslation("admin.mail.empty"));
        mails.addColumn(m -> Formats.dateTime(m.createdAt(), getLocale())).setHeader(getTranslation("mail.created")).setAutoWidth(true);
        mails.addColumn(QueuedMail::recipient).setHeader(getTranslation("mail.recipient"));
        mails.addColumn(QueuedMail::subject).setHeader(getTranslation("mail.subject")).setFlexGrow(2);
        mails.addColumn(m -> getTranslation(m.state().messageKey()) + (m.lastError() == null ? "" : " – " + m.lastError()))
                .setHeader(getTranslation("admin.state")).setFlexGrow(2);
        mails.setAriaLabel(getTranslation("admin.tab.mail"));
        // The text as the recipient reads it, with the names of its files (a charter, a calendar entry).
        mails.addSelectionListener(e -> mailBody.setText(e.getFirstSelectedItem().map(m -> m.text()
                + (m.attachmentNames().isEmpty() ? "" : "\n" + getTranslation("mail.attachments", String.join(", ", m.attachmentNames()))))
                .orElse("")));
        mailBody.addClassName("mail-body");
        return new Div(new H2(getTranslation("admin.tab.mail")), new Paragraph(getTranslation("mail.intro")), mails, mailBody);
    }

    private Component logTab() {
        log.setEmptyStateText(getTranslation("admin.log.empty"));
        log.addColumn(a -> Formats.dateTime(a.at(), getLocale())).setHeader(getTranslation("log.at")).setAutoWidth(true);
        log.addColumn(AuditEntry::actor).setHeader(getTranslation("log.actor"));
        log.addColumn(a -> getTranslation("log.action." + a.action())).setHeader(getTranslation("log.action"));
        log.addColumn(AuditEntry::subject).setHeader(getTranslation("log.subject"));
        log.addColumn(AuditEntry::before).setHeader(getTranslation("log.before")).setFlexGrow(2);
        log.addColumn(AuditEntry::after).setHeader(getTranslation("log.after")).setFlexGrow(2);
        log.setAriaLabel(getTranslation("admin.tab.log"));
        return new Div(new H2(getTranslation("admin.tab.log")), log);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.title") + " – " + getTranslation("app.name");
    }
}

package dk.sammen.scoping.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import dk.sammen.base.InvalidInputException;
import dk.sammen.base.ui.Folded;
import dk.sammen.base.ui.InPlace;
import dk.sammen.base.ui.ProblemDisplay;
import dk.sammen.directory.DepartmentSummary;
import dk.sammen.directory.DirectoryService;
import dk.sammen.scoping.Member;
import dk.sammen.scoping.Party;
import dk.sammen.scoping.PartnerType;
import dk.sammen.scoping.PartyId;
import dk.sammen.scoping.ScopingDetails;
import dk.sammen.scoping.ScopingRole;
import dk.sammen.scoping.ScopingService;
import dk.sammen.directory.PersonSummary;
import com.vaadin.flow.component.textfield.EmailField;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Section 1: the parties side by side, each with its leader, contact and members; the facilitator
 * invites people. Shown anew in place when the scoping changes: each party keeps its card (a
 * contact being typed stays), the lists of people follow what is stored, and the invitation form
 * keeps what the facilitator has chosen in it.
 */
public final class PartiesPanel extends Div {

    /** Up to this many people a list is shown as it is; longer, it is folded behind its count. */
    public static final int UNFOLDED_PEOPLE = 12;

    final ComboBox<PersonSummary> person = new ComboBox<>();
    final TextField newName = new TextField();
    final EmailField newEmail = new EmailField();
    final Button inviteNew = new Button();
    final Select<ScopingRole> role = new Select<>();
    final Select<Party> party = new Select<>();
    final Button invite = new Button();
    final ComboBox<DepartmentSummary> newParty = new ComboBox<>();
    private final ScopingService service;
    private final DirectoryService directory;
    private final Runnable changed;
    private final FlexLayout cards = new FlexLayout();
    private final Map<PartyId, PartyCard> partyCards = new java.util.HashMap<>();
    private final Div others = new Div();
    private ScopingDetails details;

    public PartiesPanel(ScopingService service, DirectoryService directory, ScopingDetails details,
                        Runnable changed) {
        this.service = service;
        this.directory = directory;
        this.changed = changed;
        this.details = details;
        cards.addClassName("party-cards");
        add(cards, others);
        if (details.me().isFacilitator()) {
            add(inviteForm(service, directory, details, changed), addPartyForm(service, directory, details, changed));
        }
        show(details);
    }

    /** The parties and people as stored now. */
    public void show(ScopingDetails now) {
        details = now;
        boolean facilitator = now.me().isFacilitator();
        partyCards.keySet().removeIf(id -> now.party(id).isEmpty());
        List<Component> wanted = new java.util.ArrayList<>();
        for (Party p : now.parties()) {
            PartyCard card = partyCards.computeIfAbsent(p.id(), id -> new PartyCard(p, facilitator));
            card.show(p, now, facilitator);
            wanted.add(card);
        }
        InPlace.children(cards, wanted);
        others.removeAll(); // names and remove buttons only
        others.add(new H3(getTranslation("parties.others")),
                people(service, now, now.members().stream().filter(m -> m.party() == null).toList(), facilitator, changed));
        if (facilitator) {
            Party chosen = party.getValue();
            party.setItems(now.parties());
            if (chosen != null) now.party(chosen.id()).ifPresent(party::setValue);
            DepartmentSummary adding = newParty.getValue();
            List<DepartmentSummary> addable = departmentsToAdd(now);
            newParty.setItems(addable);
            if (adding != null && addable.contains(adding)) newParty.setValue(adding);
        }
    }

    /** One party's card: its name, partner type, contact, leader and people. */
    private final class PartyCard extends Div {

        private final H3 name = new H3();
        private final Select<PartnerType> type = new Select<>();
        private final TextField contact = new TextField(getTranslation("parties.contact"));
        private final Paragraph leader = new Paragraph();
        private final Div people = new Div();
        private final Button remove = new Button();
        private Party shown;

        PartyCard(Party p, boolean facilitator) {
            this.shown = p;
            addClassName("party-card");
            type.setLabel(getTranslation("parties.partnerType"));
            type.setItems(PartnerType.values());
            type.setItemLabelGenerator(t -> getTranslation(t.messageKey()));
            type.setValue(p.partnerType());
            type.setReadOnly(!facilitator);
            contact.setValue(p.dayToDayContact());
            contact.setMaxLength(200);
            contact.setReadOnly(!facilitator);
            Runnable saveParty = () -> {
                try {
                    service.updateParty(details.id(), shown.id(), type.getValue(), contact.getValue());
                    contact.setInvalid(false);
                } catch (InvalidInputException problems) {
                    ProblemDisplay.show(PartiesPanel.this, problems, Map.of("dayToDayContact", contact));
                }
            };
            type.addValueChangeListener(e -> { if (e.isFromClient()) saveParty.run(); });
            contact.addValueChangeListener(e -> { if (e.isFromClient()) saveParty.run(); });
            remove.addClickListener(e -> {
                try {
                    service.removeParty(details.id(), shown.id());
                    changed.run();
                } catch (InvalidInputException problems) {
                    ProblemDisplay.show(PartiesPanel.this, problems, Map.of());
                }
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            add(name, type, contact, leader, people, remove);
        }

        void show(Party p, ScopingDetails now, boolean facilitator) {
            Party before = shown;
            shown = p;
            InPlace.text(name, p.name());
            if (type.getValue() == before.partnerType()) type.setValue(p.partnerType());
            if (contact.getValue().equals(before.dayToDayContact())) contact.setValue(p.dayToDayContact());
            InPlace.text(leader, now.leaderOf(p.id()).map(m -> getTranslation("parties.leader", m.user().displayName()))
                    .orElse(getTranslation("parties.noLeader")));
            leader.setClassName("warning", now.leaderOf(p.id()).isEmpty());
            people.removeAll(); // names and remove buttons only
            people.add(people(service, now, now.membersOf(p.id()), facilitator, changed));
            remove.setText(getTranslation("parties.remove", p.name()));
            remove.setVisible(facilitator && now.parties().size() > ScopingService.MIN_PARTIES);
        }
    }

    /** A list of people: as it is while short, folded behind its count when long (a big scoping's every page holds it). */
    private Component people(ScopingService service, ScopingDetails details, List<Member> members, boolean facilitator, Runnable changed) {
        Supplier<Component> list = () -> {
            UnorderedList people = new UnorderedList();
            members.forEach(m -> people.add(memberItem(service, details, m, facilitator, changed)));
            return people;
        };
        if (members.size() <= UNFOLDED_PEOPLE) return list.get();
        return Folded.details(getTranslation("parties.people", members.size()), list);
    }

    private ListItem memberItem(ScopingService service, ScopingDetails details, Member m, boolean facilitator, Runnable changed) {
        ListItem item = new ListItem(new Span(m.user().displayName() + " – " + getTranslation(m.role().messageKey())));
        if (facilitator) {
            Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> {
                try {
                    service.removeMember(details.id(), m.id());
                    changed.run();
                } catch (InvalidInputException problems) {
                    ProblemDisplay.show(this, problems, Map.of());
                }
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            remove.setAriaLabel(getTranslation("parties.removeMember", m.user().displayName()));
            remove.setTooltipText(getTranslation("parties.removeMember", m.user().displayName()));
            item.add(remove);
        }
        return item;
    }

    private Div inviteForm(ScopingService service, DirectoryService directory, ScopingDetails details, Runnable changed) {
        person.setLabel(getTranslation("invite.person"));
        person.setHelperText(getTranslation("invite.person.help"));
        // Searched as the facilitator types (name, e-mail or department): the directory may hold thousands of people.
        person.setItems(query -> directory.findPeople(query.getFilter().orElse(""), false).stream()
                .skip(query.getOffset()).limit(query.getLimit()));
        person.setItemLabelGenerator(p -> p.user().displayName() + (p.department() == null ? "" : " – " + p.department().name())
                + (p.user().email().isEmpty() ? "" : " (" + p.user().email() + ")"));
        person.setWidth("24em");
        role.setLabel(getTranslation("invite.role"));
        role.setItems(ScopingRole.PARTICIPANT, ScopingRole.LEADER, ScopingRole.EVALUATOR, ScopingRole.FACILITATOR);
        role.setItemLabelGenerator(r -> getTranslation(r.messageKey()));
        role.setValue(ScopingRole.PARTICIPANT);
        party.setLabel(getTranslation("invite.party"));
        party.setEmptySelectionCaption(getTranslation("invite.noParty"));
        party.setItemLabelGenerator(p -> p == null ? getTranslation("invite.noParty") : p.name());
        party.setEmptySelectionAllowed(true);
        invite.setText(getTranslation("invite.submit"));
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        invite.addClickListener(e -> {
            if (person.getValue() == null) {
                person.setErrorMessage(getTranslation("validation.required"));
                person.setInvalid(true);
                return;
            }
            @Nullable PartyId partyId = party.getValue() == null ? null : party.getValue().id();
            try {
                service.invite(details.id(), person.getValue().user().id(), role.getValue(), partyId);
                changed.run();
            } catch (InvalidInputException problems) {
                ProblemDisplay.show(this, problems, Map.of("user", person, "party", party, "role", role));
            }
        });
        FlexLayout row = new FlexLayout(person, role, party, invite);
        row.addClassName("inline-form");
        Div form = new Div(new H3(getTranslation("invite.title")), row);
        if (service.mayInviteNewPeople()) form.add(newPersonForm(service, details, changed));
        return form;
    }

    /** Someone not in the directory yet: invited by e-mail, with the role and party chosen above. */
    private Component newPersonForm(ScopingService service, ScopingDetails details, Runnable changed) {
        newName.setLabel(getTranslation("invite.new.name"));
        newName.setMaxLength(200);
        newEmail.setLabel(getTranslation("invite.new.email"));
        newEmail.setMaxLength(254);
        inviteNew.setText(getTranslation("invite.new.submit"));
        inviteNew.addClickListener(e -> {
            @Nullable PartyId partyId = party.getValue() == null ? null : party.getValue().id();
            try {
                service.inviteNewPerson(details.id(), newName.getValue(), newEmail.getValue(), role.getValue(), partyId);
                ProblemDisplay.success(getTranslation("invite.new.sent", newEmail.getValue()));
                changed.run();
            } catch (InvalidInputException problems) {
                ProblemDisplay.show(this, problems, Map.of("displayName", newName, "email", newEmail, "party", party, "role", role));
            }
        });
        FlexLayout row = new FlexLayout(newName, newEmail, inviteNew);
        row.addClassName("inline-form");
        return Folded.details(getTranslation("invite.new.title"), () -> new Div(new Paragraph(getTranslation("invite.new.help")), row));
    }

    private Div addPartyForm(ScopingService service, DirectoryService directory, ScopingDetails details, Runnable changed) {
        newParty.setLabel(getTranslation("parties.add.department"));
        newParty.setItems(departmentsToAdd(details));
        newParty.setItemLabelGenerator(DepartmentSummary::name);
        Button add = new Button(getTranslation("parties.add"), e -> {
            if (newParty.getValue() == null) return;
            try {
                service.addParty(details.id(), newParty.getValue().id(), PartnerType.SAME_MUNICIPALITY);
                changed.run();
            } catch (InvalidInputException problems) {
                ProblemDisplay.show(this, problems, Map.of("department", newParty));
            }
        });
        FlexLayout row = new FlexLayout(newParty, add);
        row.addClassName("inline-form");
        return new Div(new H3(getTranslation("parties.add.title")), row);
    }

    private List<DepartmentSummary> departmentsToAdd(ScopingDetails now) {
        return directory.activeDepartments().stream()
                .filter(d -> now.parties().stream().noneMatch(p -> p.department().id().equals(d.id()))).toList();
    }
}

package dk.sammen.sampledata;

import dk.sammen.approval.ApprovalService;
import dk.sammen.approval.Decision;
import dk.sammen.approval.ReviewRound;
import dk.sammen.canvas.CanvasService;
import dk.sammen.canvas.CanvasTemplate;
import dk.sammen.canvas.FieldRef;
import dk.sammen.canvas.StoredValue;
import dk.sammen.canvas.TableRef;
import dk.sammen.directory.DepartmentId;
import dk.sammen.directory.DirectoryService;
import dk.sammen.disagreement.DisagreementService;
import dk.sammen.disagreement.Flag;
import dk.sammen.disagreement.NewFlag;
import dk.sammen.scoping.NewScoping;
import dk.sammen.scoping.Party;
import dk.sammen.scoping.PartnerType;
import dk.sammen.scoping.PartyId;
import dk.sammen.scoping.ScopingId;
import dk.sammen.scoping.ScopingRole;
import dk.sammen.scoping.ScopingService;
import dk.sammen.security.AccountService;
import dk.sammen.security.ActingAs;
import dk.sammen.security.UserId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Development only: people, departments and one scoping under way, written through the same
 * services a user goes through, acting as the person who would do each step. Runs only on an
 * empty database, and never in production (the prod profile refuses these passwords anyway).
 */
@Component
@Profile("dev")
@Order(100) // after the production guard, before the load scopings
class SampleData implements ApplicationRunner {

    /** Printed in the README; {@code ProductionGuard} refuses to start in production while any account uses it. */
    static final String PASSWORD = "sammen-demo-2026";
    private static final Logger log = LoggerFactory.getLogger(SampleData.class);

    private final AccountService accounts;
    private final DirectoryService directory;
    private final ScopingService scopings;
    private final CanvasService canvas;
    private final DisagreementService disagreements;
    private final ApprovalService approvals;

    SampleData(AccountService accounts, DirectoryService directory, ScopingService scopings, CanvasService canvas,
               DisagreementService disagreements, ApprovalService approvals) {
        this.disagreements = disagreements;
        this.approvals = approvals;
        this.accounts = accounts;
        this.directory = directory;
        this.scopings = scopings;
        this.canvas = canvas;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.hasAccounts()) return;
        UserId admin = accounts.createFirstAdministrator(new AccountService.NewAccount("admin", "Ada Administrator", PASSWORD, true,
                Locale.of("da")));
        Map<String, UserId> people = new HashMap<>();
        ActingAs.run("admin", () -> {
            accounts.update(admin, "Ada Administrator", "admin@sammen.example", Locale.of("da"));
            DepartmentId analysis = directory.createDepartment("TMF Stab – Undersøgelsesteam", "TMF Stab");
            DepartmentId cityDev = directory.createDepartment("Byudvikling", "BU");
            DepartmentId roads = directory.createDepartment("Vejdrift og Anlæg", "VA");
            directory.createDepartment("HR & OU", "HR");
            person(people, "nanna", "Nanna Brostrup", analysis, "Facilitator, analysekonsulent");
            person(people, "kamilla", "Kamilla Damgaard", analysis, "Antropolog");
            person(people, "lars", "Lars Holm", analysis, "Chef for undersøgelsesteamet");
            person(people, "mette", "Mette Jensen", cityDev, "Byplanlægger");
            person(people, "peter", "Peter Sørensen", cityDev, "Kontorchef, Byudvikling");
            person(people, "ahmed", "Ahmed Rahimi", cityDev, "Trafikplanlægger");
            person(people, "sofie", "Sofie Madsen", roads, "Ingeniør");
            person(people, "birgitte", "Birgitte Friis", roads, "Projektleder, vejarbejder");
            person(people, "jens", "Jens Nielsen", roads, "Vejchef");
            person(people, "eva", "Eva Lund", null, "Neutral evaluator");
            person(people, "ole", "Ole Outsider", roads, "Medarbejder uden scopinger");
        });
        ActingAs.run("nanna", () -> {
            var departments = directory.departments();
            DepartmentId analysis = departments.stream().filter(d -> d.shortName().equals("TMF Stab")).findFirst().orElseThrow().id();
            DepartmentId cityDev = departments.stream().filter(d -> d.shortName().equals("BU")).findFirst().orElseThrow().id();
            DepartmentId roads = departments.stream().filter(d -> d.shortName().equals("VA")).findFirst().orElseThrow().id();
            ScopingId id = scopings.create(new NewScoping("Cyklisters adfærd ved vejarbejde", "2026-0412",
                    List.of(new NewScoping.NewParty(analysis, PartnerType.SAME_MUNICIPALITY),
                            new NewScoping.NewParty(cityDev, PartnerType.SAME_MUNICIPALITY),
                            new NewScoping.NewParty(roads, PartnerType.SAME_MUNICIPALITY))));
            List<Party> parties = scopings.details(id).parties();
            scopings.invite(id, people.get("kamilla"), ScopingRole.PARTICIPANT, parties.get(0).id());
            scopings.invite(id, people.get("lars"), ScopingRole.LEADER, parties.get(0).id());
            scopings.invite(id, people.get("mette"), ScopingRole.PARTICIPANT, parties.get(1).id());
            scopings.invite(id, people.get("peter"), ScopingRole.LEADER, parties.get(1).id());
            scopings.invite(id, people.get("ahmed"), ScopingRole.PARTICIPANT, parties.get(1).id());
            scopings.invite(id, people.get("sofie"), ScopingRole.PARTICIPANT, parties.get(2).id());
            scopings.invite(id, people.get("birgitte"), ScopingRole.PARTICIPANT, parties.get(2).id());
            scopings.invite(id, people.get("jens"), ScopingRole.LEADER, parties.get(2).id());
            scopings.invite(id, people.get("eva"), ScopingRole.EVALUATOR, null);
            answer(id, "background", "problem", "Cyklister kører uden om afspærringer ved vejarbejde, og skiltningen virker ikke. "
                    + "Vi vil forstå adfærden, før vi ændrer praksis.");
            answer(id, "purpose", "sharedPurpose", "Færre farlige situationer for cyklister ved vejarbejde i København.");
            answer(id, "form", "form", "PARTNERSHIP");
            canvas.addRow(id, new TableRef("background", "baseline"), Map.of("indicator", "Registrerede nærved-uheld pr. måned",
                    "value", "14", "source", "Logbøger fra vejarbejdspladser", "date", "2026-09-01"));
            canvas.addRow(id, new TableRef("deliverables", "deliverables"), Map.of("deliverable", "Observationsrapport",
                    "owner", String.valueOf(parties.get(0).id().value()), "due", "2027-03-01",
                    "acceptance", "Godkendt af styregruppen"));
            canvas.addRow(id, CanvasTemplate.LADDER, Map.of("level", "1", CanvasTemplate.LADDER_DECIDES, "Projektlederne i fællesskab", "days", "5"));
            canvas.addRow(id, CanvasTemplate.LADDER, Map.of("level", "2", CanvasTemplate.LADDER_DECIDES, "Kontorcheferne", "days", "10",
                    "fallback", "Direktionen afgør"));
            String[] shares = {"40", "30", "30"};
            String[] hours = {"320", "200", "240"};
            for (int i = 0; i < parties.size(); i++) {
                canvas.save(id, FieldRef.forParty(CanvasTemplate.RESOURCES, CanvasTemplate.HOURS, parties.get(i).id()), hours[i], StoredValue.NEW);
                canvas.save(id, FieldRef.forParty(CanvasTemplate.RESOURCES, CanvasTemplate.SHARE, parties.get(i).id()), shares[i], StoredValue.NEW);
            }
        });
        ActingAs.run("eva", () -> {
            ScopingId id = scopings.myScopings().getFirst().id();
            List<Party> parties = scopings.details(id).parties();
            Flag hours = disagreements.raise(id, new NewFlag(CanvasTemplate.RESOURCES, null, "Hvem bærer timerne til dataindsamling?",
                    "Undersøgelsesteamet regner med, at Byudvikling stiller med observatører; Byudvikling har ikke afsat timer.",
                    Set.of(parties.get(0).id(), parties.get(1).id())));
            ActingAs.run("kamilla", () -> disagreements.statePosition(id, hours.id(), parties.get(0).id(),
                    "Vi leverer metode og analyse, men ikke alle observationstimer.", -1));
            Flag data = disagreements.raise(id, new NewFlag("data", null, "Hvem ejer videoerne fra vejarbejdet?",
                    "Vejdrift vil slette optagelserne efter 30 dage; analyseteamet har brug for dem i hele projektet.",
                    Set.of(parties.get(0).id(), parties.get(2).id())));
            ActingAs.run("sofie", () -> disagreements.escalate(id, data.id(), Set.of(parties.get(0).id(), parties.get(2).id())));
        });
        approvedSample(people);
        log.info("Sample data created: sign in as nanna (facilitator), kamilla/mette/ahmed/sofie/birgitte (participants), "
                + "lars/peter/jens (leaders), eva (evaluator), ole (no scopings) or admin; password {}", PASSWORD);
    }

    /** A second scoping that has gone the whole way: approved by both leaders, with its charter to download. */
    private void approvedSample(Map<String, UserId> people) {
        ActingAs.run("nanna", () -> {
            var departments = directory.departments();
            DepartmentId analysis = departments.stream().filter(d -> d.shortName().equals("TMF Stab")).findFirst().orElseThrow().id();
            DepartmentId roads = departments.stream().filter(d -> d.shortName().equals("VA")).findFirst().orElseThrow().id();
            ScopingId id = scopings.create(new NewScoping("Trygge skoleveje ved vejarbejde", "2026-0388",
                    List.of(new NewScoping.NewParty(analysis, PartnerType.SAME_MUNICIPALITY),
                            new NewScoping.NewParty(roads, PartnerType.SAME_MUNICIPALITY))));
            List<Party> parties = scopings.details(id).parties();
            PartyId a = parties.get(0).id();
            PartyId r = parties.get(1).id();
            scopings.invite(id, people.get("kamilla"), ScopingRole.PARTICIPANT, a);
            scopings.invite(id, people.get("lars"), ScopingRole.LEADER, a);
            scopings.invite(id, people.get("sofie"), ScopingRole.PARTICIPANT, r);
            scopings.invite(id, people.get("jens"), ScopingRole.LEADER, r);
            scopings.invite(id, people.get("eva"), ScopingRole.EVALUATOR, null);
            answer(id, "background", "problem", "Forældre oplever, at skolevejene bliver utrygge, når der er vejarbejde, "
                    + "fordi fortove lukkes uden skiltet omvej.");
            answer(id, "purpose", "sharedPurpose", "Børn kan gå og cykle trygt til skole, også når der er vejarbejde.");
            answer(id, "purpose", "sharedGoals", "Færre henvendelser fra forældre; ingen lukkede skoleveje uden skiltet omvej.");
            canvas.save(id, FieldRef.forParty("purpose", "ownGoals", a), "Afprøve observationsmetoden i et nyt felt.", StoredValue.NEW);
            canvas.save(id, FieldRef.forParty("purpose", "ownGoals", r), "En fast procedure for omveje ved skoler.", StoredValue.NEW);
            answer(id, "form", "form", "PARTNERSHIP");
            answer(id, "form", "why", "Begge parter bidrager med faglighed og ejer resultatet i fællesskab.");
            answer(id, "roles", "projectLeads", "Kamilla Damgaard og Sofie Madsen");
            answer(id, "roles", "independence", "Evaluator refererer til begge kontorchefer og deltager ikke i dataindsamlingen.");
            answer(id, "anchoring", "receiver", "Vejdrift og Anlæg, sektion for vejarbejder");
            answer(id, "anchoring", "handover", "2027-05-01");
            answer(id, "exit", "successCriteria", "Procedure vedtaget og afprøvet ved tre skoler.");
            answer(id, "exit", "endDate", "2027-06-30");
            String[][] resources = {{"180", "0", "60"}, {"120", "25000", "40"}};
            for (int i = 0; i < 2; i++) {
                PartyId p = i == 0 ? a : r;
                canvas.save(id, FieldRef.forParty(CanvasTemplate.RESOURCES, CanvasTemplate.HOURS, p), resources[i][0], StoredValue.NEW);
                canvas.save(id, FieldRef.forParty(CanvasTemplate.RESOURCES, CanvasTemplate.MONEY, p), resources[i][1], StoredValue.NEW);
                canvas.save(id, FieldRef.forParty(CanvasTemplate.RESOURCES, CanvasTemplate.SHARE, p), resources[i][2], StoredValue.NEW);
            }
            canvas.addRow(id, new TableRef("background", "baseline"), Map.of("indicator", "Forældrehenvendelser om skoleveje pr. kvartal",
                    "value", "23", "source", "Borgerservice", "date", "2026-10-01"));
            canvas.addRow(id, new TableRef("deliverables", "deliverables"), Map.of("deliverable", "Observationsnotat fra tre skoler",
                    "owner", String.valueOf(a.value()), "due", "2027-02-15", "acceptance", "Drøftet med skolebestyrelserne"));
            canvas.addRow(id, new TableRef("deliverables", "deliverables"), Map.of("deliverable", "Procedure for omveje ved skoler",
                    "owner", String.valueOf(r.value()), "due", "2027-04-15", "acceptance", "Godkendt af vejchefen"));
            canvas.addRow(id, new TableRef("priorities", "inScope"), Map.of("item", "Skoleveje inden for 500 m fra en skole"));
            canvas.addRow(id, new TableRef("priorities", "leftOut"), Map.of("item", "Vejarbejder om natten"));
            canvas.addRow(id, CanvasTemplate.LADDER, Map.of("level", "1", CanvasTemplate.LADDER_DECIDES, "Projektlederne", "days", "5"));
            canvas.addRow(id, CanvasTemplate.LADDER, Map.of("level", "2", CanvasTemplate.LADDER_DECIDES, "Kontorcheferne i fællesskab",
                    "days", "10", "fallback", "Direktionen afgør"));
            canvas.addRow(id, new TableRef("exit", "reviews"), Map.of("date", "2027-01-15", "purpose", "Midtvejsstatus"));
            canvas.addRow(id, new TableRef("data", "datasets"), Map.of("dataset", "Observationer og fotos", "owner", String.valueOf(a.value()),
                    "sourceOfTruth", "Undersøgelsesteamets arkiv", "personalData", "YES", "dpoConsulted", "YES"));
            ReviewRound round = approvals.sendToReview(id);
            ActingAs.run("lars", () -> approvals.decide(id, a, round.fingerprint(),
                    new Decision.ApproveWithReservation("Observationer kun i skoletiden")));
            ActingAs.run("jens", () -> approvals.decide(id, r, round.fingerprint(), new Decision.Approve()));
        });
    }

    private void person(Map<String, UserId> people, String username, String name, DepartmentId department, String title) {
        UserId id = accounts.createAccount(new AccountService.NewAccount(username, name, PASSWORD, false, Locale.of("da")));
        // An address of the reserved example domain, so "Glemt adgangskode" can be tried; the mail stays in the outbox.
        accounts.update(id, name, username + "@sammen.example", Locale.of("da"));
        people.put(username, id);
        if (department != null) directory.place(id, department, title);
    }

    private void answer(ScopingId id, String section, String field, String value) {
        canvas.save(id, FieldRef.joint(section, field), value, StoredValue.NEW);
    }
}

package dk.sammen.approval;

import static dk.sammen.TestUsers.run;

import dk.sammen.canvas.CanvasService;
import dk.sammen.canvas.FieldRef;
import dk.sammen.canvas.StoredValue;
import dk.sammen.canvas.TableRef;
import dk.sammen.directory.DirectoryService;
import dk.sammen.scoping.ScopingFixture;
import dk.sammen.scoping.ScopingRole;
import dk.sammen.scoping.ScopingService;
import dk.sammen.security.AccountService;
import java.util.Map;

/**
 * A scoping with every required answer given, ready for review: the analysis team (leader Lars)
 * and city development (leader Peter), evaluator Eva.
 */
public final class CompleteScoping {

    private CompleteScoping() {
    }

    public static ScopingFixture create(ScopingService scopings, DirectoryService directory, AccountService accounts, CanvasService canvas,
                                 String title) {
        ScopingFixture f = ScopingFixture.create(scopings, directory, accounts, title);
        run("nanna", () -> scopings.invite(f.id(), ScopingFixture.user(accounts, "peter"), ScopingRole.LEADER, f.cityDevelopment()));
        fill(canvas, f, "Fælles formål: færre farlige situationer for cyklister.");
        return f;
    }

    public static void fill(CanvasService canvas, ScopingFixture f, String purpose) {
        var id = f.id();
        run("kamilla", () -> {
            answer(canvas, f, "background", "problem", "Cyklister kører uden om afspærringer.");
            answer(canvas, f, "purpose", "sharedPurpose", purpose);
            answer(canvas, f, "form", "form", "PARTNERSHIP");
            answer(canvas, f, "roles", "projectLeads", "Kamilla og Mette");
            answer(canvas, f, "roles", "independence", "Evaluator refererer til begge chefer.");
            answer(canvas, f, "anchoring", "receiver", "Vejdrift");
            answer(canvas, f, "exit", "successCriteria", "Færre nærved-uheld");
            answer(canvas, f, "exit", "endDate", "2027-06-30");
            canvas.save(id, FieldRef.forParty("resources", "share", f.analysis()), "60", StoredValue.NEW);
            canvas.save(id, FieldRef.forParty("resources", "hours", f.analysis()), "300", StoredValue.NEW);
            canvas.addRow(id, new TableRef("deliverables", "deliverables"), Map.of("deliverable", "Rapport",
                    "owner", String.valueOf(f.analysis().value()), "due", "2027-03-01", "acceptance", "Godkendt af styregruppen"));
            canvas.addRow(id, new TableRef("priorities", "inScope"), Map.of("item", "Adfærd ved afspærringer"));
            canvas.addRow(id, new TableRef("priorities", "leftOut"), Map.of("item", "Bilisters adfærd"));
            canvas.addRow(id, new TableRef("mandate", "ladder"), Map.of("level", "1", "decides", "Projektlederne", "days", "5"));
            canvas.addRow(id, new TableRef("mandate", "ladder"), Map.of("level", "2", "decides", "Kontorcheferne", "days", "10"));
        });
        run("mette", () -> {
            canvas.save(id, FieldRef.forParty("resources", "share", f.cityDevelopment()), "40", StoredValue.NEW);
            canvas.save(id, FieldRef.forParty("purpose", "ownGoals", f.cityDevelopment()), "Tryg by", StoredValue.NEW);
        });
    }

    private static void answer(CanvasService canvas, ScopingFixture f, String section, String field, String value) {
        canvas.save(f.id(), FieldRef.joint(section, field), value, StoredValue.NEW);
    }
}

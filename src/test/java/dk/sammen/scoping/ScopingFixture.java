package dk.sammen.scoping;

import static dk.sammen.TestUsers.as;

import dk.sammen.directory.DepartmentSummary;
import dk.sammen.directory.DirectoryService;
import dk.sammen.security.AccountService;
import dk.sammen.security.UserId;
import java.util.List;

/**
 * A fresh scoping for one test, started by the sample facilitator nanna, with two parties:
 * kamilla (participant) and lars (leader) for the analysis team, mette (participant) for city
 * development, and eva as evaluator. Ole is in none.
 */
public record ScopingFixture(ScopingId id, PartyId analysis, PartyId cityDevelopment) {

    public static ScopingFixture create(ScopingService scopings, DirectoryService directory, AccountService accounts, String title) {
        return as("nanna", () -> {
            List<DepartmentSummary> departments = directory.departments();
            DepartmentSummary analysis = department(departments, "TMF Stab");
            DepartmentSummary cityDev = department(departments, "BU");
            ScopingId id = scopings.create(new NewScoping(title, "T-1", List.of(
                    new NewScoping.NewParty(analysis.id(), PartnerType.SAME_MUNICIPALITY),
                    new NewScoping.NewParty(cityDev.id(), PartnerType.SAME_MUNICIPALITY))));
            List<Party> parties = scopings.details(id).parties();
            PartyId a = parties.stream().filter(p -> p.department().equals(analysis)).findFirst().orElseThrow().id();
            PartyId c = parties.stream().filter(p -> p.department().equals(cityDev)).findFirst().orElseThrow().id();
            scopings.invite(id, user(accounts, "kamilla"), ScopingRole.PARTICIPANT, a);
            scopings.invite(id, user(accounts, "lars"), ScopingRole.LEADER, a);
            scopings.invite(id, user(accounts, "mette"), ScopingRole.PARTICIPANT, c);
            scopings.invite(id, user(accounts, "eva"), ScopingRole.EVALUATOR, null);
            return new ScopingFixture(id, a, c);
        });
    }

    public static DepartmentSummary department(List<DepartmentSummary> departments, String shortName) {
        return departments.stream().filter(d -> d.shortName().equals(shortName)).findFirst().orElseThrow();
    }

    public static UserId user(AccountService accounts, String username) {
        return as("nanna", () -> accounts.allUsers()).stream().filter(u -> u.username().equals(username)).findFirst().orElseThrow().id();
    }
}

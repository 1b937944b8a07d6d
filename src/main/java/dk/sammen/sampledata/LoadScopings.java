package dk.sammen.sampledata;

import dk.sammen.directory.DepartmentSummary;
import dk.sammen.directory.DirectoryService;
import dk.sammen.scoping.NewScoping;
import dk.sammen.scoping.Party;
import dk.sammen.scoping.PartnerType;
import dk.sammen.scoping.ScopingId;
import dk.sammen.scoping.ScopingRole;
import dk.sammen.scoping.ScopingService;
import dk.sammen.security.AccountService;
import dk.sammen.security.ActingAs;
import dk.sammen.security.UserSummary;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Development only, for load measurements (bench/protocol.sh's many-canvases case): besides the
 * sample data, {@code sammen.sample-data.load-scopings} more scopings "Belastning 1 …" between the
 * analysis team and city development, with the sample people as members. Made once.
 */
@Component
@Profile("dev")
@ConditionalOnProperty(name = "sammen.sample-data.load-scopings")
@Order(200) // after the sample data, which makes the people
class LoadScopings implements ApplicationRunner {

    static final String TITLE = "Belastning ";
    private static final Logger log = LoggerFactory.getLogger(LoadScopings.class);
    private final int count;
    private final ScopingService scopings;
    private final DirectoryService directory;
    private final AccountService accounts;

    LoadScopings(@Value("${sammen.sample-data.load-scopings}") int count, ScopingService scopings, DirectoryService directory,
                 AccountService accounts) {
        this.count = count;
        this.scopings = scopings;
        this.directory = directory;
        this.accounts = accounts;
    }

    @Override
    public void run(ApplicationArguments args) {
        ActingAs.run("nanna", () -> {
            long made = scopings.myScopings().stream().filter(s -> s.title().startsWith(TITLE)).count();
            if (made >= count) return;
            Map<String, DepartmentSummary> departments = directory.departments().stream()
                    .collect(Collectors.toMap(DepartmentSummary::shortName, Function.identity()));
            Map<String, UserSummary> people = accounts.allUsers().stream().collect(Collectors.toMap(UserSummary::username, Function.identity()));
            for (long i = made + 1; i <= count; i++) {
                ScopingId id = scopings.create(new NewScoping(TITLE + i, "L-" + i, List.of(
                        new NewScoping.NewParty(departments.get("TMF Stab").id(), PartnerType.SAME_MUNICIPALITY),
                        new NewScoping.NewParty(departments.get("BU").id(), PartnerType.SAME_MUNICIPALITY))));
                List<Party> parties = scopings.details(id).parties();
                scopings.invite(id, people.get("kamilla").id(), ScopingRole.PARTICIPANT, parties.get(0).id());
                scopings.invite(id, people.get("lars").id(), ScopingRole.LEADER, parties.get(0).id());
                scopings.invite(id, people.get("mette").id(), ScopingRole.PARTICIPANT, parties.get(1).id());
                scopings.invite(id, people.get("ahmed").id(), ScopingRole.PARTICIPANT, parties.get(1).id());
                scopings.invite(id, people.get("peter").id(), ScopingRole.LEADER, parties.get(1).id());
                scopings.invite(id, people.get("eva").id(), ScopingRole.EVALUATOR, null);
            }
            log.info("Load scopings created: {} scopings \"{}1\" … for load measurements", count, TITLE);
        });
    }
}

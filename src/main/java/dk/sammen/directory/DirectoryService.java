package dk.sammen.directory;

import dk.sammen.base.InvalidInputException;
import dk.sammen.base.Problem;
import dk.sammen.base.TextRules;
import dk.sammen.directory.internal.Department;
import dk.sammen.directory.internal.DepartmentRepository;
import dk.sammen.directory.internal.Person;
import dk.sammen.directory.internal.PersonRepository;
import dk.sammen.security.AccountService;
import dk.sammen.security.CurrentUser;
import dk.sammen.security.UserId;
import dk.sammen.security.UserSummary;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Departments (the parties a scoping can have) and the people who work in them. */
@Service
public class DirectoryService {

    private final DepartmentRepository departments;
    private final PersonRepository people;
    private final AccountService accounts;
    private final CurrentUser currentUser;

    DirectoryService(DepartmentRepository departments, PersonRepository people, AccountService accounts,
                     CurrentUser currentUser) {
        this.departments = departments;
        this.people = people;
        this.accounts = accounts;
        this.currentUser = currentUser;
    }

    @Transactional(readOnly = true)
    public List<DepartmentSummary> departments() {
        currentUser.require();
        return departments.findAllByOrderByNameAsc().stream().map(Department::toSummary).toList();
    }

    @Transactional(readOnly = true)
    public DepartmentSummary department(DepartmentId id) {
        currentUser.require();
        return departments.findById(id.value()).map(Department::toSummary)
                .orElseThrow(() -> new InvalidInputException(Problem.of("department", "validation.unknownDepartment")));
    }

    @Transactional
    public DepartmentId createDepartment(String name, String shortName) {
        requireAdministrator();
        var problems = new InvalidInputException.Collector();
        String cleanName = TextRules.clean(name);
        String cleanShort = TextRules.clean(shortName);
        TextRules.check(problems, "name", cleanName, 200, true);
        TextRules.check(problems, "shortName", cleanShort, 40, false);
        if (departments.findByNameIgnoreCase(cleanName).isPresent()) problems.add("name", "validation.departmentExists");
        problems.throwIfAny();
        return new DepartmentId(departments.save(new Department(cleanName, cleanShort)).requireId());
    }

    /** Places a person in a department; administrators only. */
    @Transactional
    public void place(UserId user, DepartmentId departmentId, String jobTitle) {
        requireAdministrator();
        var problems = new InvalidInputException.Collector();
        String title = TextRules.clean(jobTitle);
        TextRules.check(problems, "jobTitle", title, 200, false);
        problems.throwIfAny();
        accounts.user(user);
        Department department = departments.findById(departmentId.value())
                .orElseThrow(() -> new InvalidInputException(Problem.of("department", "validation.unknownDepartment")));
        people.findById(user.value()).ifPresentOrElse(
                p -> p.place(department, title),
                () -> people.save(new Person(user.value(), department, title)));
    }

    /** Everyone, with department and title, ordered by name. */
    @Transactional(readOnly = true)
    public List<PersonSummary> people() {
        Map<Long, Person> placed = people.findAll().stream().collect(Collectors.toMap(Person::getUserId, Function.identity()));
        return accounts.allUsers().stream().map(u -> toPerson(u, placed.get(u.id().value()))).toList();
    }

    private static PersonSummary toPerson(UserSummary user, Person person) {
        if (person == null) return new PersonSummary(user, null, "");
        Department d = person.getDepartment();
        return new PersonSummary(user, d == null ? null : d.toSummary(), person.getJobTitle());
    }

    private void requireAdministrator() {
        if (!currentUser.require().administrator()) {
            throw new AccessDeniedException("only administrators keep the directory");
        }
    }
}

package dk.sammen.directory;

import dk.sammen.base.InvalidInputException;
import dk.sammen.base.Problem;
import dk.sammen.base.TextRules;
import dk.sammen.directory.internal.Department;
import dk.sammen.directory.internal.DepartmentRepository;
import dk.sammen.directory.internal.Person;
import dk.sammen.directory.internal.PersonRepository;
import dk.sammen.security.AccountService;
import dk.sammen.security.AdminAudit;
import dk.sammen.security.CurrentUser;
import dk.sammen.security.UserId;
import dk.sammen.security.UserSummary;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Departments (the parties a scoping can have) and the people who work in them. */
@Service
public class DirectoryService {

    static final int NAME_MAX = 200;
    static final int SHORT_NAME_MAX = 40;

    private final DepartmentRepository departments;
    private final PersonRepository people;
    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final AdminAudit audit;

    DirectoryService(DepartmentRepository departments, PersonRepository people, AccountService accounts,
                     CurrentUser currentUser, AdminAudit audit) {
        this.departments = departments;
        this.people = people;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /** Every department, deactivated ones too (they are still named in old scopings and charters). */
    @Transactional(readOnly = true)
    public List<DepartmentSummary> departments() {
        currentUser.require();
        return departments.findAllByOrderByNameAsc().stream().map(Department::toSummary).toList();
    }

    /** The departments that may become a party or get new people. */
    @Transactional(readOnly = true)
    public List<DepartmentSummary> activeDepartments() {
        return departments().stream().filter(DepartmentSummary::active).toList();
    }

    @Transactional(readOnly = true)
    public DepartmentSummary department(DepartmentId id) {
        currentUser.require();
        return find(id).toSummary();
    }

    /** As {@link #department}, refusing a deactivated one: for anything new. */
    @Transactional(readOnly = true)
    public DepartmentSummary activeDepartment(DepartmentId id) {
        DepartmentSummary department = department(id);
        if (!department.active()) throw new InvalidInputException(Problem.of("department", "validation.departmentInactive"));
        return department;
    }

    @Transactional
    public DepartmentId createDepartment(String name, String shortName) {
        requireAdministrator();
        var problems = new InvalidInputException.Collector();
        String cleanName = TextRules.clean(name);
        String cleanShort = TextRules.clean(shortName);
        checkDepartment(problems, cleanName, cleanShort, null);
        problems.throwIfAny();
        Department stored = departments.save(new Department(cleanName, cleanShort));
        audit.record("department.created", cleanName, "", stored.describeForAudit());
        return new DepartmentId(stored.requireId());
    }

    /** Renames a department or changes its short name; old scopings and charters show the new name. */
    @Transactional
    public void updateDepartment(DepartmentId id, String name, String shortName) {
        requireAdministrator();
        Department department = find(id);
        var problems = new InvalidInputException.Collector();
        String cleanName = TextRules.clean(name);
        String cleanShort = TextRules.clean(shortName);
        checkDepartment(problems, cleanName, cleanShort, department);
        problems.throwIfAny();
        String before = department.describeForAudit();
        department.rename(cleanName, cleanShort);
        if (!before.equals(department.describeForAudit())) audit.record("department.updated", cleanName, before, department.describeForAudit());
    }

    @Transactional
    public void setDepartmentActive(DepartmentId id, boolean active) {
        requireAdministrator();
        Department department = find(id);
        if (department.isActive() == active) return;
        String before = department.describeForAudit();
        department.setActive(active);
        audit.record(active ? "department.reactivated" : "department.deactivated", department.getName(), before,
                department.describeForAudit());
    }

    private void checkDepartment(InvalidInputException.Collector problems, String name, String shortName, @Nullable Department self) {
        TextRules.checkName(problems, "name", name, NAME_MAX, true);
        TextRules.checkSingleLine(problems, "shortName", shortName, SHORT_NAME_MAX, false);
        departments.findByNameIgnoreCase(name).filter(d -> !d.equals(self)).ifPresent(d -> problems.add("name", "validation.departmentExists"));
    }

    /** Places a person in a department; administrators only. */
    @Transactional
    public void place(UserId user, DepartmentId departmentId, String jobTitle) {
        requireAdministrator();
        var problems = new InvalidInputException.Collector();
        String title = TextRules.clean(jobTitle);
        TextRules.checkSingleLine(problems, "jobTitle", title, 200, false);
        problems.throwIfAny();
        accounts.user(user);
        placeChecked(user, activeOrTheSame(user, departmentId), title);
    }

    private Department activeOrTheSame(UserId user, DepartmentId departmentId) {
        Department department = find(departmentId);
        boolean already = people.findById(user.value()).map(p -> p.getDepartment() != null && p.getDepartment().equals(department)).orElse(false);
        if (!department.isActive() && !already) throw new InvalidInputException(Problem.of("department", "validation.departmentInactive"));
        return department;
    }

    void placeChecked(UserId user, Department department, String title) {
        people.findById(user.value()).ifPresentOrElse(
                p -> {
                    String before = describe(p);
                    p.place(department, title);
                    if (!before.equals(describe(p))) audit.record("person.placed", String.valueOf(user.value()), before, describe(p));
                },
                () -> {
                    Person placed = people.save(new Person(user.value(), department, title));
                    audit.record("person.placed", String.valueOf(user.value()), "", describe(placed));
                });
    }

    private static String describe(Person p) {
        return "department=" + (p.getDepartment() == null ? "" : p.getDepartment().getName()) + ", title=" + p.getJobTitle();
    }

    /** A new person in a department, who gets an invitation by e-mail to choose a password; administrators only. */
    @Transactional
    public UserSummary createPerson(NewPerson person) {
        requireAdministrator();
        var problems = new InvalidInputException.Collector();
        TextRules.checkSingleLine(problems, "jobTitle", TextRules.clean(person.jobTitle()), 200, false);
        if (person.department() == null) problems.add("department", "validation.required");
        // Every problem at once: the person's own fields too, not only the first one found.
        accounts.check(new AccountService.NewPerson(person.username(), person.displayName(), person.email(), person.locale()), false)
                .forEach(p -> problems.add(p.field(), p.messageKey(), p.args().toArray()));
        problems.throwIfAny();
        Department department = find(person.department());
        if (!department.isActive()) throw new InvalidInputException(Problem.of("department", "validation.departmentInactive"));
        UserSummary created = accounts.createPerson(new AccountService.NewPerson(person.username(), person.displayName(),
                person.email(), person.locale()));
        placeChecked(created.id(), department, TextRules.clean(person.jobTitle()));
        return created;
    }

    /**
     * A facilitator invites someone who is not in the directory yet, into a party's department (when the
     * organisation's settings allow it; the account service checks that).
     */
    @Transactional
    public UserSummary invitePerson(String displayName, String email, @Nullable DepartmentId departmentId, Locale locale) {
        @Nullable Department department = departmentId == null ? null : find(departmentId);
        UserSummary created = accounts.createPerson(new AccountService.NewPerson(null, displayName, email, locale));
        if (department != null) placeChecked(created.id(), department, "");
        return created;
    }

    /** Name, e-mail, language, department and job title of one person; administrators only. */
    @Transactional
    public void updatePerson(UserId id, String displayName, String email, Locale locale, DepartmentId department, String jobTitle) {
        requireAdministrator();
        var problems = new InvalidInputException.Collector();
        String title = TextRules.clean(jobTitle);
        TextRules.checkSingleLine(problems, "jobTitle", title, 200, false);
        problems.throwIfAny();
        accounts.update(id, displayName, email, locale);
        placeChecked(id, activeOrTheSame(id, department), title);
    }

    /**
     * True for an administrator of an installation that has no departments or no one but administrators
     * yet: the dashboard then shows the first steps.
     */
    @Transactional(readOnly = true)
    public boolean isFirstStart() {
        if (!currentUser.require().administrator()) return false;
        return departments.count() == 0 || accounts.count() <= accounts.administrators().size();
    }

    /** Everyone, with department and title, ordered by name. */
    @Transactional(readOnly = true)
    public List<PersonSummary> people() {
        Map<Long, Person> placed = people.findAll().stream().collect(Collectors.toMap(Person::getUserId, Function.identity()));
        return accounts.allUsers().stream().map(u -> toPerson(u, placed.get(u.id().value()))).toList();
    }

    /**
     * People whose name, user name, e-mail or department contains the text, at most 50: a facilitator
     * types part of a name, the administrator looks someone up, and 5 000 people never load at once.
     */
    @Transactional(readOnly = true)
    public List<PersonSummary> findPeople(String text, boolean includeInactive) {
        String clean = TextRules.clean(text).toLowerCase(Locale.ROOT);
        Set<Long> inDepartments = clean.isEmpty() ? Set.of() : people.findByDepartmentIdIn(departments.findAll().stream()
                        .filter(d -> d.getName().toLowerCase(Locale.ROOT).contains(clean)
                                || d.getShortName().toLowerCase(Locale.ROOT).equals(clean))
                        .map(Department::requireId).toList())
                .stream().map(Person::getUserId).collect(Collectors.toSet());
        List<UserSummary> found = accounts.search(clean, inDepartments, includeInactive);
        Map<Long, Person> placed = people.findByUserIdIn(found.stream().map(u -> u.id().value()).toList()).stream()
                .collect(Collectors.toMap(Person::getUserId, Function.identity()));
        return found.stream().map(u -> toPerson(u, placed.get(u.id().value()))).toList();
    }

    @Transactional(readOnly = true)
    public PersonSummary person(UserId id) {
        UserSummary user = accounts.user(id);
        return toPerson(user, people.findById(id.value()).orElse(null));
    }

    private static PersonSummary toPerson(UserSummary user, @Nullable Person person) {
        if (person == null) return new PersonSummary(user, null, "");
        Department d = person.getDepartment();
        return new PersonSummary(user, d == null ? null : d.toSummary(), person.getJobTitle());
    }

    Department find(DepartmentId id) {
        return departments.findById(id.value())
                .orElseThrow(() -> new InvalidInputException(Problem.of("department", "validation.unknownDepartment")));
    }

    private void requireAdministrator() {
        if (!currentUser.require().administrator()) {
            throw new AccessDeniedException("only administrators keep the directory");
        }
    }
}

package dk.sammen.directory.internal;

import dk.sammen.base.Translations;
import dk.sammen.mail.MailOutbox;
import dk.sammen.mail.OutgoingMail;
import dk.sammen.security.AccountService;
import dk.sammen.security.AdminAudit;
import dk.sammen.security.SingleSignOnDirectory;
import dk.sammen.security.UserId;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The directory's side of single sign-on: departments by the provider's claim, by name or short name. */
@Component
class DirectorySingleSignOn implements SingleSignOnDirectory {

    private final DepartmentRepository departments;
    private final PersonRepository people;
    private final AccountService accounts;
    private final AdminAudit audit;
    private final MailOutbox outbox;
    private final Translations translations;

    DirectorySingleSignOn(DepartmentRepository departments, PersonRepository people, AccountService accounts, AdminAudit audit,
                          MailOutbox outbox, Translations translations) {
        this.departments = departments;
        this.people = people;
        this.accounts = accounts;
        this.audit = audit;
        this.outbox = outbox;
        this.translations = translations;
    }

    private Optional<Department> byClaim(String claim) {
        String clean = claim.strip();
        return departments.findByNameIgnoreCase(clean).or(() -> departments.findFirstByShortNameIgnoreCase(clean))
                .filter(Department::isActive);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean knowsDepartment(String claim) {
        return byClaim(claim).isPresent();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void place(UserId person, String claim) {
        Department department = byClaim(claim).orElseThrow();
        people.findById(person.value()).ifPresentOrElse(p -> {
            if (p.getDepartment() == null || !p.getDepartment().equals(department)) {
                String before = p.getDepartment() == null ? "" : p.getDepartment().getName();
                p.place(department, p.getJobTitle());
                audit.record("person.placedBySignIn", String.valueOf(person.value()), before, department.getName());
            }
        }, () -> people.save(new Person(person.value(), department, "")));
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void reportUnknownDepartment(@Nullable String claim, String displayName, String email) {
        String department = claim == null || claim.isBlank() ? "—" : claim.strip();
        audit.record("signIn.unknownDepartment", displayName + " <" + email + ">", "", department);
        for (var admin : accounts.administrators()) {
            if (admin.email().isEmpty()) continue;
            Locale language = Translations.supported(admin.locale());
            String subject = translations.getTranslation("mail.unknownDepartment.subject", language, department);
            String text = translations.getTranslation("mail.unknownDepartment.text", language, displayName, email, department);
            outbox.enqueue(OutgoingMail.compose(admin.email(), language, subject, java.util.List.of(new OutgoingMail.Part.Text(text))));
        }
    }
}

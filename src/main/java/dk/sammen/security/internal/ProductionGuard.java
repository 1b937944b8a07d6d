package dk.sammen.security.internal;

import dk.sammen.security.AccountService;
import java.util.Locale;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * In production, Sammen starts with no sample data, creates its first administrator from
 * configuration, and refuses to start while any account still signs in with a password that is
 * published in the README or the sample data.
 */
@Component
@Profile("prod")
@Order(0)
class ProductionGuard implements ApplicationRunner {

    /** Every password that has ever been printed in this project's README or sample data. */
    static final Set<String> KNOWN_DEFAULT_PASSWORDS = Set.of("sammen-demo-2026", "admin", "password", "changeme");

    private final AccountService accounts;
    private final String adminUsername;
    private final String adminPassword;

    ProductionGuard(AccountService accounts,
                    @Value("${sammen.admin.username:admin}") String adminUsername,
                    @Value("${sammen.admin.initial-password:}") String adminPassword) {
        this.accounts = accounts;
        this.adminUsername = adminUsername;
        this.adminPassword = adminPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!accounts.hasAccounts()) {
            if (adminPassword.isBlank() || KNOWN_DEFAULT_PASSWORDS.contains(adminPassword)) {
                throw new IllegalStateException("Refusing to start: set SAMMEN_ADMIN_INITIAL_PASSWORD to a password of your own "
                        + "(at least 12 characters, not a common password, not one of the published defaults) for the first administrator.");
            }
            accounts.createFirstAdministrator(new AccountService.NewAccount(adminUsername, "Administrator", adminPassword,
                    true, Locale.of("da")));
        }
        for (String known : KNOWN_DEFAULT_PASSWORDS) {
            if (accounts.anyAccountUsesPassword(known)) {
                throw new IllegalStateException("Refusing to start in production: an account still uses a published default "
                        + "password. Change it first.");
            }
        }
    }
}

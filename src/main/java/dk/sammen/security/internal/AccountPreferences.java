package dk.sammen.security.internal;

import dk.sammen.base.UserPreferences;
import dk.sammen.security.AccountService;
import dk.sammen.security.CurrentUser;
import dk.sammen.security.UserSummary;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

@Component
class AccountPreferences implements UserPreferences {

    private final CurrentUser currentUser;
    private final AccountService accounts;

    AccountPreferences(CurrentUser currentUser, AccountService accounts) {
        this.currentUser = currentUser;
        this.accounts = accounts;
    }

    @Override
    public Optional<String> displayName() {
        return currentUser.get().map(UserSummary::displayName);
    }

    @Override
    public Optional<Locale> language() {
        return currentUser.get().map(UserSummary::locale);
    }

    @Override
    public void changeLanguage(Locale locale) {
        accounts.changeLanguage(locale);
    }
}

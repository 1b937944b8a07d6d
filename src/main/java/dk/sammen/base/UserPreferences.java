package dk.sammen.base;

import java.util.Locale;
import java.util.Optional;

/**
 * What the shared layout needs to know of the signed-in user, without depending on the security
 * feature (which builds on this package).
 */
public interface UserPreferences {

    /** The signed-in user's name, if someone is signed in. */
    Optional<String> displayName();

    /** The language the signed-in user chose last time, if someone is signed in. */
    Optional<Locale> language();

    void changeLanguage(Locale locale);
}

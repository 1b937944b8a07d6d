package dk.sammen.directory;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** A person as an administrator enters them; the user name is made from the e-mail when empty. */
public record NewPerson(String displayName, String email, @Nullable String username, @Nullable DepartmentId department,
                        String jobTitle, Locale locale) {
}

package dk.sammen.directory;

import dk.sammen.security.UserSummary;
import org.jspecify.annotations.Nullable;

/** A person as colleagues see them: name, department and job title. */
public record PersonSummary(UserSummary user, @Nullable DepartmentSummary department, String jobTitle) {
}

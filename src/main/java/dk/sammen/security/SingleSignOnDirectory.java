package dk.sammen.security;

import org.jspecify.annotations.Nullable;

/**
 * What single sign-on needs from the directory, which sits downstream of security: the directory
 * implements it, so security never imports the directory.
 */
public interface SingleSignOnDirectory {

    /** True when the department named in the identity provider's claim (name or short name) exists and is active. */
    boolean knowsDepartment(String claim);

    /** Places the person in the department the claim names (after {@link #knowsDepartment} said yes). */
    void place(UserId person, String claim);

    /** Tells the administrators that someone could not sign in because their department is not in Sammen. */
    void reportUnknownDepartment(@Nullable String claim, String displayName, String email);
}

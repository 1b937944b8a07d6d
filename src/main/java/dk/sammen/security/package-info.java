/** Accounts, passwords and their links, sign-in, single sign-on, settings and the audit of administrative changes. */
@NullMarked
package dk.sammen.security;

import org.jspecify.annotations.NullMarked;

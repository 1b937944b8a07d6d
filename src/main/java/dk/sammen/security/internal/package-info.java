/** Accounts, tokens, sign-in and the security configuration; used only through the feature's services. */
@NullMarked
package dk.sammen.security.internal;

import org.jspecify.annotations.NullMarked;

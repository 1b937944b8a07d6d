/** Scopings, their parties, members and roles, and the stages a scoping goes through. */
@NullMarked
package dk.sammen.scoping;

import org.jspecify.annotations.NullMarked;

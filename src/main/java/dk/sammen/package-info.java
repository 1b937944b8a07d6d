/** Sammen: the application, its clock and time zone. */
@NullMarked
package dk.sammen;

import org.jspecify.annotations.NullMarked;

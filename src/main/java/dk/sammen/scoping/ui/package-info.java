/** The dashboard, the new-scoping dialog and the details and parties panels. */
@NullMarked
package dk.sammen.scoping.ui;

import org.jspecify.annotations.NullMarked;

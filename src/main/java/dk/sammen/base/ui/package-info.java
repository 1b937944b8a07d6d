/** The main layout, error pages, problem display and the accessibility statement. */
@NullMarked
package dk.sammen.base.ui;

import org.jspecify.annotations.NullMarked;

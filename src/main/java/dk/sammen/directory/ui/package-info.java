/** The administration page. */
@NullMarked
package dk.sammen.directory.ui;

import org.jspecify.annotations.NullMarked;

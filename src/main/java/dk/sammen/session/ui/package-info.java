/** The session bar on the canvas page and the minutes page. */
@NullMarked
package dk.sammen.session.ui;

import org.jspecify.annotations.NullMarked;

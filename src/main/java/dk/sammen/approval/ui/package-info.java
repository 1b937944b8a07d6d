/** The review panel on the canvas. */
@NullMarked
package dk.sammen.approval.ui;

import org.jspecify.annotations.NullMarked;

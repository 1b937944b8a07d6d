/** Flags on the canvas and the overview of disagreements. */
@NullMarked
package dk.sammen.disagreement.ui;

import org.jspecify.annotations.NullMarked;

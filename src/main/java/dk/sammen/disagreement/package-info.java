/** Disagreement flags, the parties' positions and the escalation ladder. */
@NullMarked
package dk.sammen.disagreement;

import org.jspecify.annotations.NullMarked;

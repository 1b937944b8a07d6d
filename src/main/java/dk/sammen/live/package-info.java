/**
 * Live collaboration plumbing: the fan-out of committed changes to every open view of a scoping,
 * and who is here right now (presence). Knows scopings only by their numeric id, so every feature
 * can use it without depending on one another.
 */
@NullMarked
package dk.sammen.live;

import org.jspecify.annotations.NullMarked;

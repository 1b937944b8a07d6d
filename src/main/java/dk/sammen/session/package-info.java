/**
 * Live scoping sessions: the facilitator leads the meeting through an agenda of sections with
 * time boxes, the participants' pages follow, quick agreement checks stay hidden until revealed,
 * and the session's minutes are written when it ends.
 */
@NullMarked
package dk.sammen.session;

import org.jspecify.annotations.NullMarked;

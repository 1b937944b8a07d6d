/** The session, participant and agreement tables; used only through the feature's service. */
@NullMarked
package dk.sammen.session.internal;

import org.jspecify.annotations.NullMarked;

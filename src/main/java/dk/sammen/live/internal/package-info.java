/** The in-memory fan-out of committed changes and presence; used only through the feature's services. */
@NullMarked
package dk.sammen.live.internal;

import org.jspecify.annotations.NullMarked;

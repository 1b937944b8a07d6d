/** The scoping, party and member tables; used only through the feature's services. */
@NullMarked
package dk.sammen.scoping.internal;

import org.jspecify.annotations.NullMarked;

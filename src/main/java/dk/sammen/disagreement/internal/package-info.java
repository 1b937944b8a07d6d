/** The flag and position tables; used only through the feature's services. */
@NullMarked
package dk.sammen.disagreement.internal;

import org.jspecify.annotations.NullMarked;

/** The review round and approval tables; used only through the feature's services. */
@NullMarked
package dk.sammen.approval.internal;

import org.jspecify.annotations.NullMarked;

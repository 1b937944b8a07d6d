/** Review and approval: the review gate, review rounds, the fingerprint of a version and the leaders' decisions. */
@NullMarked
package dk.sammen.approval;

import org.jspecify.annotations.NullMarked;

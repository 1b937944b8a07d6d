/** Notices, preferences, the morning round and the mails they turn into; used only through the feature's services. */
@NullMarked
package dk.sammen.notification.internal;

import org.jspecify.annotations.NullMarked;

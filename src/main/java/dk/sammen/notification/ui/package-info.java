/** Notices, notification preferences, unsubscribe, the unread count and what waits for the user. */
@NullMarked
package dk.sammen.notification.ui;

import org.jspecify.annotations.NullMarked;

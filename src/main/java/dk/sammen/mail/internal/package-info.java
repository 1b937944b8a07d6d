/** The outbox's tables and the worker that sends through SMTP; used only through the feature's services. */
@NullMarked
package dk.sammen.mail.internal;

import org.jspecify.annotations.NullMarked;

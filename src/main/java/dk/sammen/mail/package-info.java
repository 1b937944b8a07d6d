/**
 * E-mail through an outbox: a mail is a row written in the same transaction as the change that
 * causes it, and a worker sends it, with retries, so no mail is lost while the SMTP server is down.
 */
@NullMarked
package dk.sammen.mail;

import org.jspecify.annotations.NullMarked;

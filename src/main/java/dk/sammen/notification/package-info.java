/**
 * Telling people what happened and what waits for them: in-app notices (with an unread count),
 * e-mails (at once, as a daily digest, or not at all, per person and topic), reminders on working
 * days, and calendar files. It listens to the news the other features publish and asks their
 * services what waits, always as the person concerned, so nobody learns of a scoping they are not in.
 */
@NullMarked
package dk.sammen.notification;

import org.jspecify.annotations.NullMarked;

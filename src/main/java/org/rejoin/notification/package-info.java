/**
 * Notifications: people are told by email when work reaches them. The module listens to other modules'
 * events (a step offered, a referral decided, a safeguarding concern), writes an outbox row per (event, person)
 * and sends it through any SMTP server with retries; reminders and a daily digest run on a ShedLock tick.
 * It never reads another module's tables: who can take a step is asked of the inbox. No email names a pupil.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package org.rejoin.notification;

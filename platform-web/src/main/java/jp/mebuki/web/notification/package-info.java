/** The caller's own notifications (eligibility results, decisions, review assignments and reminders). */
package jp.mebuki.web.notification;

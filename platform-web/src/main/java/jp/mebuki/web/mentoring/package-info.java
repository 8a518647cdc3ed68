/**
 * Mentoring API: mentor profiles ({@code /api/mentors}: PMs and admins read all, a mentor reads and
 * writes their own) and mentoring matches with their score explanations, batch re-matching and session
 * logs ({@code /api/mentoring/...}). The human steps of the mentor-assignment process are tasks under
 * {@code /api/tasks}.
 */
package jp.mebuki.web.mentoring;

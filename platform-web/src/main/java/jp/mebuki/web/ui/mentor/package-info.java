/**
 * The mentoring pages: a mentor's offers to accept or decline, their mentees and check-ins
 * ({@code /mentor/**}), and the PM's view of every match with its proposals and the PM's mentoring tasks
 * ({@code /pm/mentoring/**}). Everything goes through {@code MentoringService} and {@code WorkTaskService};
 * ownership is theirs (another mentor's offer or team is not found).
 */
package jp.mebuki.web.ui.mentor;

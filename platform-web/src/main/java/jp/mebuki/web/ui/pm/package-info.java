/**
 * The programme manager's pages: calls and their pipeline (a board of applications by status), one
 * application with review progress and score spread, the decision page (through
 * {@code WorkTaskService}) and reminders of overdue work.
 */
package jp.mebuki.web.ui.pm;

/**
 * The reviewer's pages: the inbox (overdue and earliest due first), the conflict-of-interest
 * declaration, the scoring page with the rubric beside the application (without the applicant's
 * identity on blind calls) and the history of submitted reviews. Tasks are completed through
 * {@code WorkTaskService}, what the reviewer may see is decided by {@code ApplicationAccess}.
 */
package jp.mebuki.web.ui.reviewer;

/**
 * The caller's task inbox through the API: open tasks with a summary of their application (without
 * the applicant's identity for reviewers of blind calls), and completing them: the reviewer's
 * conflict-of-interest declaration and review, the programme manager's decision.
 */
package jp.mebuki.web.task;

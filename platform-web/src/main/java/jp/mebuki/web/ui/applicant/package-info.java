/**
 * The applicant's pages: open calls, the multi-step application form (each step saves the draft),
 * "my applications" with a status timeline and what happens next, revision and withdrawal. Submission
 * and withdrawal go through {@code ScreeningProcessService}, as in the API.
 */
package jp.mebuki.web.ui.applicant;

/**
 * Peer review of applications: choosing reviewers (field match, current load, never the applicant's
 * own institution, never someone with a declared conflict), review assignments with due dates,
 * conflict-of-interest declarations, rubric scores and the weighted mean and spread of a round.
 */
package jp.mebuki.core.review;

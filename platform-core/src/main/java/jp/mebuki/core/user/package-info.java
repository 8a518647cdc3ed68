/**
 * Platform users and their roles (APPLICANT, REVIEWER, MENTOR, PM, ADMIN). Reviewers carry the
 * technology fields they know and their institution, which reviewer selection uses.
 */
package jp.mebuki.core.user;

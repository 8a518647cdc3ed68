/**
 * Applications through the API: applicants create, edit, submit and withdraw their own; programme
 * managers and administrators read all of them with scores; reviewers read only those they are
 * assigned to (without the applicant's identity on blind calls). Others' ids answer 404.
 */
package jp.mebuki.web.application;

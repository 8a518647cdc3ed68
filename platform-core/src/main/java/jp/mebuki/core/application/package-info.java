/**
 * Applications to a call: the draft an applicant edits, submission and withdrawal, the status with
 * its timestamped history, and the facts that the eligibility decision (a DMN table in the process
 * layer) is taken on.
 */
package jp.mebuki.core.application;

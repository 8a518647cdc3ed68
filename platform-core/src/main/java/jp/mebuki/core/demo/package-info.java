/**
 * Demo data for the embedded platform: the gap-fund and SBIR programmes, an open gap-fund call open
 * to the 22 MASP schools, PMs, reviewers, applicants and mentors with documented demo passwords.
 * Loaded once into an empty database when {@code mebuki.demo-data.enabled=true}.
 */
package jp.mebuki.core.demo;

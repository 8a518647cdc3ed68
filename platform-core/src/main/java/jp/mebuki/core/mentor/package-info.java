/**
 * Mentoring of adopted teams (メンタリング): mentor profiles (fields, stages, region, languages, capacity,
 * availability, institution, declared conflicts, alumni founders), the optimal matcher
 * ({@link jp.mebuki.core.mentor.MentorMatcher}, a min-cost flow on the expanded capacity graph with
 * OR-tools), mentoring matches with their offers and score explanations, check-in session logs and
 * the closing evaluations. Every decision is written to the audit trail.
 */
package jp.mebuki.core.mentor;

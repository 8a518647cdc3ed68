/**
 * The Mebuki domain: programmes and calls, applications, reviews, decisions, users, notifications and
 * the audit trail. Spring Data JDBC aggregates that refer to each other by typed id, and the services
 * that change them.
 *
 * <p>Module rules (verified by {@code ModuleBoundariesTest}): nothing here depends on the process
 * engine, on {@code jp.mebuki.workflows} or on {@code jp.mebuki.web}. Feature packages
 * ({@code application}, {@code review}, {@code decision}, ...) form no cycles.
 */
package jp.mebuki.core;

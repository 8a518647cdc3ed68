/**
 * Error handling of the REST API: every refusal is an RFC 9457 {@code application/problem+json}
 * body with a stable {@code code} and, for input errors, the {@code field} at fault. Stack traces
 * never leave the server.
 */
package jp.mebuki.web.problem;

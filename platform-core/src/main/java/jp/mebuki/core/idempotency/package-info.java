/**
 * Idempotency records: the first response to a request that carried an {@code Idempotency-Key}, kept in
 * the database beside the change it answers, for every node to replay. Depends on nothing else in core.
 */
package jp.mebuki.core.idempotency;

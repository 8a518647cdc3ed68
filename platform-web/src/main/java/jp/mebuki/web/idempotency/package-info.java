/**
 * The {@code Idempotency-Key} header of the API's creating calls: the change and the record of its
 * response commit together; a retry replays the record instead of changing anything again.
 */
package jp.mebuki.web.idempotency;

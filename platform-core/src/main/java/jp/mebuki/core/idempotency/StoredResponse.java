package jp.mebuki.core.idempotency;

import java.time.Instant;

/**
 * The first response to an idempotent request.
 *
 * @param fingerprint what the request was (operation and a digest of its body): a key reused for a
 *                    different request is refused
 * @param body        the JSON body, or null for none
 * @param location    the Location header, or null
 */
public record StoredResponse(String fingerprint, int status, String body, String location, Instant createdAt) {
}

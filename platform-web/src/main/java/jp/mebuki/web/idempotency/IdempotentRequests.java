package jp.mebuki.web.idempotency;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import jp.mebuki.core.idempotency.IdempotencyRecords;
import jp.mebuki.core.idempotency.StoredResponse;
import jp.mebuki.core.shared.ConflictingStateException;
import jp.mebuki.core.shared.InvalidInputException;
import jp.mebuki.web.security.PlatformUser;

/**
 * Runs a creating call at most once per (caller, {@code Idempotency-Key}). Without the header the call
 * simply runs. With it, the key is claimed, the call made and its response recorded in ONE transaction
 * (the services join it), so on any node a retry finds either nothing (the first attempt failed or never
 * arrived: it runs now) or the committed response (replayed, with {@code Idempotent-Replayed: true}). A
 * concurrent duplicate waits on the key's primary key and then replays. Error responses are not
 * recorded: the failed attempt left nothing behind, so a retry may succeed.
 */
@Component
public class IdempotentRequests {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    private static final Pattern VALID_KEY = Pattern.compile("[A-Za-z0-9._:-]{8,100}");

    private final IdempotencyRecords records;
    private final TransactionTemplate transaction;
    private final ObjectMapper json;

    IdempotentRequests(IdempotencyRecords records, PlatformTransactionManager transactions, ObjectMapper json) {
        this.records = records;
        this.transaction = new TransactionTemplate(transactions);
        this.json = json;
    }

    /**
     * @param operation what is done, e.g. {@code POST /api/applications/7/submit}
     * @param request   the request body (or null): the same key with another body is refused (409)
     * @param bodyType  the type of the response body, to replay it
     */
    public <T> ResponseEntity<T> run(String key, PlatformUser caller, String operation, Object request,
            Class<T> bodyType, Supplier<ResponseEntity<T>> call) {
        if (key == null) {
            return call.get();
        }
        if (!VALID_KEY.matcher(key).matches()) {
            throw new InvalidInputException("invalid-idempotency-key", HEADER,
                    "the Idempotency-Key must be 8 to 100 characters of A-Z, a-z, 0-9, '.', '_', ':' or '-'");
        }
        String owner = caller.getUsername();
        String fingerprint = operation + " " + digest(request);
        try {
            return transaction.execute(status -> {
                Optional<StoredResponse> first = records.find(owner, key);
                if (first.isPresent()) {
                    return replay(first.get(), fingerprint, bodyType);
                }
                records.claim(owner, key, fingerprint);
                ResponseEntity<T> response = call.get();
                URI location = response.getHeaders().getLocation();
                records.complete(owner, key, response.getStatusCode().value(), write(response.getBody()),
                        location == null ? null : location.toString());
                return response;
            });
        } catch (DuplicateKeyException | TransientDataAccessException e) {
            // a concurrent request with this key committed first (PostgreSQL waits for it), or still holds
            // it uncommitted (H2 gives up waiting with a lock timeout)
            return transaction.execute(status -> records.find(owner, key).map(first -> replay(first, fingerprint, bodyType))
                    .orElseThrow(IdempotentRequests::inProgress));
        }
    }

    private static ConflictingStateException inProgress() {
        return new ConflictingStateException("idempotent-request-in-progress",
                "a request with this Idempotency-Key is still being processed; retry later");
    }

    private <T> ResponseEntity<T> replay(StoredResponse first, String fingerprint, Class<T> bodyType) {
        if (!first.fingerprint().equals(fingerprint)) {
            throw new ConflictingStateException("idempotency-key-reused",
                    "this Idempotency-Key was used for a different request");
        }
        HttpHeaders headers = new HttpHeaders();
        headers.set(REPLAYED_HEADER, "true");
        if (first.location() != null) {
            headers.setLocation(URI.create(first.location()));
        }
        T body = first.body() == null ? null : read(first.body(), bodyType);
        return ResponseEntity.status(first.status()).headers(headers).body(body);
    }

    private String digest(Object request) {
        try {
            byte[] bytes = write(request) == null ? new byte[0] : write(request).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private String write(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot record the response", e);
        }
    }

    private <T> T read(String body, Class<T> type) {
        try {
            return json.readValue(body, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot replay the recorded response", e);
        }
    }
}

package jp.mebuki.workflows.config;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.springframework.dao.ConcurrencyFailureException;

/**
 * Tells the web layer, which must not know engine types, whether a failed request lost a race: the engine
 * ({@link OptimisticLockingException}, e.g. a job of the same process changed it at this moment) or a versioned
 * aggregate ({@link ConcurrencyFailureException}) was changed by somebody else between read and write. The whole
 * transaction has rolled back then, so the caller may simply try again: a 409, not a 500.
 */
public final class ConcurrentChanges {

    /** The code the API's problem and the error page give such a refusal. */
    public static final String CODE = "concurrent-change";

    private ConcurrentChanges() {
    }

    /** Whether {@code failure}, or any of its causes, is a lost race of two concurrent changes. */
    public static boolean isConcurrentChange(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockingException || cause instanceof ConcurrencyFailureException) {
                return true;
            }
        }
        return false;
    }
}

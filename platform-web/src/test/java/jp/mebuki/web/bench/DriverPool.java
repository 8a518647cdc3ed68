package jp.mebuki.web.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The bench's driver threads (the same number for the platform and the bare engine). A unit of work that
 * fails (e.g. an optimistic-locking conflict between concurrent completions) is retried a few times and
 * counted; one that keeps failing fails the bench.
 */
final class DriverPool implements AutoCloseable {

    static final int THREADS = Integer.getInteger("bench.threads", 4);
    private static final int ATTEMPTS = 5;

    private final ExecutorService threads = Executors.newFixedThreadPool(THREADS);
    private final AtomicLong retries = new AtomicLong();

    <T> void forEach(Collection<T> items, Consumer<T> work) throws InterruptedException {
        List<Future<?>> running = new ArrayList<>();
        for (T item : items) {
            running.add(threads.submit(() -> withRetries(item, work)));
        }
        for (Future<?> future : running) {
            try {
                future.get();
            } catch (ExecutionException e) {
                throw new IllegalStateException("a unit of bench work failed " + ATTEMPTS + " times", e.getCause());
            }
        }
    }

    private <T> void withRetries(T item, Consumer<T> work) {
        for (int attempt = 1;; attempt++) {
            try {
                work.accept(item);
                return;
            } catch (RuntimeException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
                retries.incrementAndGet();
            }
        }
    }

    long retries() {
        return retries.get();
    }

    @Override
    public void close() {
        threads.shutdownNow();
    }
}

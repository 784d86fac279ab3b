package dev.docloc;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Runs independent per-page work on all cores and returns the results in input order, so output
 * stays deterministic; every stage that works page by page uses it. When items fail, the failure of the first failing item in input order is
 * rethrown as it was thrown (as a sequential loop would have), whatever thread ran it.
 */
public final class Parallel {
    private static final int THREADS = Math.max(1, Runtime.getRuntime().availableProcessors());
    private static final ThreadGroup WORKERS = new ThreadGroup("docloc-workers");
    private static final ExecutorService POOL = Executors.newFixedThreadPool(THREADS, r -> {
        Thread t = new Thread(WORKERS, r, "docloc-worker");
        t.setDaemon(true);
        return t;
    });

    private Parallel() {
    }

    /** {@code f} applied to each item, on a fixed pool of one thread per processor; results in order. */
    public static <T, R> List<R> map(List<T> items, Function<T, R> f) {
        // on a worker already (work that itself works page by page): waiting there for the same
        // fixed pool could wait forever, so the items run on this thread
        if (THREADS == 1 || items.size() < 2 || Thread.currentThread().getThreadGroup() == WORKERS) {
            return items.stream().map(f).toList();
        }
        List<Future<R>> futures = new ArrayList<>(items.size());
        for (T item : items) {
            futures.add(POOL.submit(() -> f.apply(item)));
        }
        List<R> out = new ArrayList<>(items.size());
        for (Future<R> future : futures) {
            out.add(join(future, futures));
        }
        return out;
    }

    /**
     * {@code action} run on each item as {@link #map} runs a function (failures likewise), for work
     * whose effect is all: nothing is collected, so a large site's items are not all held at once.
     */
    public static <T> void forEach(List<T> items, java.util.function.Consumer<T> action) {
        map(items, item -> {
            action.accept(item);
            return Boolean.TRUE;
        });
    }

    private static <R> R join(Future<R> future, List<? extends Future<?>> all) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            all.forEach(x -> x.cancel(true));
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            all.forEach(x -> x.cancel(true));
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}

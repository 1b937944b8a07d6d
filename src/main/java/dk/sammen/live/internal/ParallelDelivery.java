package dk.sammen.live.internal;

import jakarta.annotation.PreDestroy;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Hands one committed change to many open pages with more than the writer's thread. Measured
 * before this existed (issue 14, `bench/protocol.sh`): with 500 clients on one canvas the server
 * used under one of its two cores while edit-to-peer latency grew with every client, because the
 * writer visited the pages one after the other and each visit waits on that page's push.
 *
 * <p>The pages are taken in slices from a shared counter by the writer's thread and by helper
 * threads; the writer always takes part and returns only when every slice is done, so a publish
 * stays "delivered when it returns" (each page gets one writer's changes in order, and nothing
 * reaches a page before commit, ADR 0011). A helper that starts after the writer took the last
 * slice finds nothing to do, so a writer never waits for another writer's pages. A fan-out of one
 * slice (a few pages) stays on the writer's thread, as before.
 *
 * @see "docs/adr/0011-fan-out-and-canvas-extensions.md"
 */
@Component
class ParallelDelivery {

    /** Pages per slice: small enough to share 100 pages among the threads, big enough that the hand-over is cheap. */
    static final int SLICE = 8;
    private final int helperCount;
    private final ThreadPoolExecutor helpers;

    /**
     * {@code threads} helpers beside the writer's thread; 0 picks twice the cores, because a visit
     * mostly waits on a page's push rather than computing.
     */
    ParallelDelivery(@Value("${sammen.live.delivery-threads:0}") int threads) {
        this.helperCount = threads > 0 ? threads : 2 * Runtime.getRuntime().availableProcessors();
        AtomicInteger named = new AtomicInteger();
        this.helpers = new ThreadPoolExecutor(helperCount, helperCount, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), work -> {
            Thread thread = new Thread(work, "live-delivery-" + named.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        this.helpers.allowCoreThreadTimeOut(true);
    }

    /** Runs {@code each} for 0 ≤ i < count, on this thread and helpers; returns when all have run. {@code each} must not throw. */
    void forEach(int count, IntConsumer each) {
        int slices = (count + SLICE - 1) / SLICE;
        if (slices <= 1) {
            for (int i = 0; i < count; i++) each.accept(i);
            return;
        }
        AtomicInteger next = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(slices);
        Runnable work = () -> {
            for (int slice = next.getAndIncrement(); slice < slices; slice = next.getAndIncrement()) {
                try {
                    for (int i = slice * SLICE; i < Math.min(count, (slice + 1) * SLICE); i++) each.accept(i);
                } finally {
                    done.countDown();
                }
            }
        };
        for (int h = 0; h < Math.min(helperCount, slices - 1); h++) {
            try {
                helpers.execute(work);
            } catch (RejectedExecutionException shuttingDown) {
                break; // the writer's thread does the rest
            }
        }
        work.run();
        awaitUninterruptibly(done);
    }

    private static void awaitUninterruptibly(CountDownLatch done) {
        boolean interrupted = false;
        while (true) {
            try {
                done.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true; // the slices in progress finish quickly; the caller learns of the interrupt afterwards
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
    }

    @PreDestroy
    void close() {
        helpers.shutdown();
    }
}

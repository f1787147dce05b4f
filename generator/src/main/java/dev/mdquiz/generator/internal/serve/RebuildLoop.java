package dev.mdquiz.generator.internal.serve;

import java.time.Duration;

/**
 * Runs a build after changes, once they have settled: a change starts a quiet period, every further change
 * starts it again, and the build runs when the period passes without one (an editor that saves in two steps, a
 * checkout that writes many files: one build). Changes during a build lead to one more build after it. Builds run
 * one at a time on the loop's own thread, and a build that throws does not end the loop.
 */
final class RebuildLoop implements AutoCloseable {
    private final long quietNanos;
    private final Runnable build;
    private final Thread thread;
    private final Object lock = new Object();
    private boolean pending;
    private long lastChange;
    private boolean closed;
    private int builds;

    /** @param build runs on the loop's thread; it should report its own failures, but may throw */
    RebuildLoop(Duration quiet, Runnable build) {
        this.quietNanos = quiet.toNanos();
        this.build = build;
        this.thread = new Thread(this::run, "mdquiz-preview-rebuild");
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    /** Something the build reads changed: build once changes settle. */
    void changed() {
        synchronized (lock) {
            pending = true;
            lastChange = System.nanoTime();
            lock.notifyAll();
        }
    }

    /** Builds run so far, for tests. */
    int builds() {
        synchronized (lock) {
            return builds;
        }
    }

    private void run() {
        while (true) {
            synchronized (lock) {
                try {
                    while (!pending && !closed) {
                        lock.wait();
                    }
                    long remaining;
                    while (!closed && (remaining = lastChange + quietNanos - System.nanoTime()) > 0) {
                        lock.wait(Math.max(1, remaining / 1_000_000), 0);
                    }
                } catch (InterruptedException e) {
                    return;
                }
                if (closed) {
                    return;
                }
                pending = false;
            }
            try {
                build.run();
            } catch (RuntimeException e) {
                // reported by the build itself where it can be; the loop must outlive any one build
            } finally {
                synchronized (lock) {
                    builds++;
                    lock.notifyAll();
                }
            }
        }
    }

    /** Stops the loop; a build under way finishes on its own (daemon) thread, unwaited for after a short while. */
    @Override
    public void close() {
        synchronized (lock) {
            closed = true;
            lock.notifyAll();
        }
        try {
            thread.join(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

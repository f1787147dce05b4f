package dev.mdquiz.generator.internal.serve;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Changes that come in a burst make one build, after they settle; a build that throws does not stop the loop. */
class RebuildLoopTest {
    private static final Duration QUIET = Duration.ofMillis(80);

    /** Waits until {@code loop} has run {@code builds} builds, then a while longer to see that no more come. */
    private static void settle(RebuildLoop loop, int builds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (loop.builds() < builds && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        Thread.sleep(QUIET.toMillis() * 4);
    }

    @Test
    void aBurstOfChangesMakesOneBuildAfterTheLast() throws Exception {
        AtomicInteger builds = new AtomicInteger();
        long[] builtAt = new long[1];
        try (RebuildLoop loop = new RebuildLoop(QUIET, () -> {
            builds.incrementAndGet();
            builtAt[0] = System.nanoTime();
        })) {
            loop.start();
            long lastChange = 0;
            for (int i = 0; i < 10; i++) { // an editor saving in steps, 20 ms apart: 180 ms in all, > QUIET
                loop.changed();
                lastChange = System.nanoTime();
                Thread.sleep(20);
            }
            settle(loop, 1);
            assertEquals(1, builds.get());
            assertTrue(builtAt[0] - lastChange >= QUIET.toNanos(), "the build waited for the changes to settle");
        }
    }

    @Test
    void nothingChangedNothingBuilt() throws Exception {
        AtomicInteger builds = new AtomicInteger();
        try (RebuildLoop loop = new RebuildLoop(QUIET, builds::incrementAndGet)) {
            loop.start();
            Thread.sleep(QUIET.toMillis() * 3);
            assertEquals(0, builds.get());
        }
    }

    @Test
    void changesDuringABuildMakeOneMoreBuild() throws Exception {
        CountDownLatch building = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger builds = new AtomicInteger();
        try (RebuildLoop loop = new RebuildLoop(QUIET, () -> {
            if (builds.incrementAndGet() == 1) {
                building.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        })) {
            loop.start();
            loop.changed();
            assertTrue(building.await(5, TimeUnit.SECONDS));
            for (int i = 0; i < 5; i++) {
                loop.changed();
            }
            release.countDown();
            settle(loop, 2);
            assertEquals(2, builds.get());
        }
    }

    @Test
    void aBuildThatThrowsDoesNotEndTheLoop() throws Exception {
        AtomicInteger builds = new AtomicInteger();
        try (RebuildLoop loop = new RebuildLoop(QUIET, () -> {
            if (builds.incrementAndGet() == 1) {
                throw new IllegalStateException("half-saved bank");
            }
        })) {
            loop.start();
            loop.changed();
            settle(loop, 1);
            loop.changed();
            settle(loop, 2);
            assertEquals(2, builds.get());
        }
    }

    @Test
    void closingStopsTheLoopAtOnce() throws Exception {
        AtomicInteger builds = new AtomicInteger();
        RebuildLoop loop = new RebuildLoop(Duration.ofSeconds(5), builds::incrementAndGet);
        loop.start();
        loop.changed();
        long start = System.nanoTime();
        loop.close();
        assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(1));
        Thread.sleep(100);
        assertEquals(0, builds.get(), "a pending change is dropped when the preview stops");
    }
}

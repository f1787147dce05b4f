package dev.mdquiz.generator.internal.serve;

import io.methvin.watcher.DirectoryChangeEvent;
import io.methvin.watcher.DirectoryChangeListener;
import io.methvin.watcher.DirectoryWatcher;
import org.slf4j.helpers.NOPLogger;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Watches the folders a build reads (the sources and the theme) with directory-watcher: native FSEvents on macOS,
 * where the JDK's watcher polls every few seconds, and the JDK's watcher (inotify on Linux) elsewhere. Every
 * change to a file under them, except under {@code ignored} folders, is reported; so is a watched folder that
 * appears or goes (checked every second), after which the watcher starts again on the folders that exist.
 */
final class SourceWatcher implements AutoCloseable {
    private static final long ROOT_CHECK_MILLIS = 1_000;

    private final List<Path> roots;
    private final List<Path> ignored;
    private final Runnable changed;
    private final Consumer<Exception> failed;
    private final ExecutorService events = Executors.newSingleThreadExecutor(daemon("mdquiz-preview-watch"));
    private final ScheduledExecutorService checks =
            Executors.newSingleThreadScheduledExecutor(daemon("mdquiz-preview-watch-roots"));
    private DirectoryWatcher watcher;
    private List<Path> watched = List.of();
    private boolean closed;

    /**
     * @param roots   folders to watch, recursively; those missing are watched from when they appear
     * @param ignored folders under the roots whose changes are not the build's inputs (its own output)
     * @param changed called on the watcher's thread for each change
     * @param failed  called when watching fails; the watcher keeps trying each second
     */
    SourceWatcher(List<Path> roots, List<Path> ignored, Runnable changed, Consumer<Exception> failed) {
        this.roots = List.copyOf(roots);
        this.ignored = List.copyOf(ignored);
        this.changed = changed;
        this.failed = failed;
    }

    synchronized void start() throws IOException {
        watch(existingRoots());
        checks.scheduleWithFixedDelay(this::checkRoots, ROOT_CHECK_MILLIS, ROOT_CHECK_MILLIS, TimeUnit.MILLISECONDS);
    }

    private List<Path> existingRoots() {
        return roots.stream().filter(Files::isDirectory).toList();
    }

    private void watch(List<Path> folders) throws IOException {
        watched = folders;
        if (folders.isEmpty()) {
            return;
        }
        watcher = DirectoryWatcher.builder()
                .paths(folders)
                .fileHashing(false) // a build finds out itself what changed; hashing would read every file first
                .logger(NOPLogger.NOP_LOGGER) // failures come to onException
                .listener(new DirectoryChangeListener() {
                    @Override
                    public void onEvent(DirectoryChangeEvent event) {
                        if (event.path() == null || ignored.stream().noneMatch(event.path()::startsWith)) {
                            changed.run();
                        }
                    }

                    @Override
                    public void onException(Exception e) {
                        failed.accept(e);
                    }
                })
                .build();
        DirectoryWatcher started = watcher;
        started.watchAsync(events).whenComplete((done, failure) -> {
            if (failure != null && !started.isClosed()) {
                failed.accept(failure instanceof Exception e ? e : new IOException(failure));
            }
        });
    }

    /** A watched folder that appeared or went: watch again, and tell, since the build's inputs changed. */
    private synchronized void checkRoots() {
        if (closed) {
            return;
        }
        List<Path> now = existingRoots();
        if (now.equals(watched)) {
            return;
        }
        try {
            stopWatching();
            watch(now);
        } catch (IOException | RuntimeException e) {
            watched = List.of(); // try again at the next check
            failed.accept(e);
        }
        changed.run();
    }

    private void stopWatching() throws IOException {
        if (watcher != null) {
            watcher.close();
            watcher = null;
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        checks.shutdownNow();
        try {
            stopWatching();
        } catch (IOException e) {
            // closing anyway
        }
        events.shutdownNow();
    }

    static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}

package dev.mdquiz.generator;

import dev.mdquiz.generator.internal.serve.PreviewSession;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * A live preview of a course while it is written: builds the site into the configuration's output folder, serves
 * that folder over HTTP, and rebuilds when a bank or theme file changes, reloading the open pages whose files
 * changed. A build with errors keeps the last good pages served and shows the problems on every open page, as an
 * overlay, until a good build. The files on disk are those {@link QuizGenerator#generate()} writes; the reload
 * script is added to pages only as they are served.
 *
 * <p>Give the configuration an output folder and a cache folder of the preview's own ({@value
 * #DEFAULT_PREVIEW_FOLDER} and {@value #DEFAULT_PREVIEW_CACHE_FOLDER} in the build folder, say), so that the preview
 * never touches the published site or its build state. The preview writes no teachers' answer keys.
 *
 * <pre>{@code
 * try (PreviewServer preview = PreviewServer.builder(config).port(8000).start()) {
 *     System.out.println("Serving " + preview.url());
 *     preview.awaitStop();
 * }
 * }</pre>
 */
public final class PreviewServer implements AutoCloseable {
    /** Loopback only: nothing else on the network sees a draft. */
    public static final String DEFAULT_HOST = "127.0.0.1";
    /** The first port tried; when it is taken, the next free one of the following 19 is used. */
    public static final int DEFAULT_PORT = 8000;
    /** Name of the preview's default site folder, in the build folder. */
    public static final String DEFAULT_PREVIEW_FOLDER = "quiz-preview";
    /** Name of the preview's default cache folder, in the build folder. */
    public static final String DEFAULT_PREVIEW_CACHE_FOLDER = "quiz-preview-cache";
    /** How long changes must pause before a build: an editor that saves in two steps gets one build. */
    public static final Duration DEFAULT_QUIET_PERIOD = Duration.ofMillis(50);

    /** What the preview does, for a terminal. Called on the preview's threads, one call at a time. */
    public interface Listener {
        /**
         * A build succeeded (the first one too).
         *
         * @param changed the site's files it wrote or removed, relative to the output folder, with forward slashes
         */
        void built(BuildResult result, List<String> changed, Duration took);

        /** A build failed; the last good pages stay served. {@link InvalidBanksException} lists the problems. */
        void failed(QuizBuildException failure, Duration took);

        /** Something outside the banks went wrong: watching the folders, serving a file, a defect. */
        void trouble(String message);
    }

    private final PreviewSession session;

    private PreviewServer(PreviewSession session) {
        this.session = session;
    }

    public static Builder builder(GeneratorConfig config) {
        return new Builder(config);
    }

    /** Where the course index is served, such as {@code http://127.0.0.1:8000/}. */
    public URI url() {
        return session.url();
    }

    /** Blocks until {@link #close()}, or until the JVM shuts down (Ctrl+C). */
    public void awaitStop() throws InterruptedException {
        session.awaitStop();
    }

    /** Stops serving, watching and building; the port is free when this returns. */
    @Override
    public void close() {
        session.close();
    }

    public static final class Builder {
        private final GeneratorConfig config;
        private String host = DEFAULT_HOST;
        private int port = DEFAULT_PORT;
        private Duration quietPeriod = DEFAULT_QUIET_PERIOD;
        private Listener listener = new Listener() {
            @Override
            public void built(BuildResult result, List<String> changed, Duration took) {
            }

            @Override
            public void failed(QuizBuildException failure, Duration took) {
            }

            @Override
            public void trouble(String message) {
            }
        };

        private Builder(GeneratorConfig config) {
            this.config = Objects.requireNonNull(config, "config");
        }

        /** The address to listen on: a name or an IP address; blank keeps {@value #DEFAULT_HOST}. */
        public Builder host(String host) {
            if (host != null && !host.isBlank()) {
                this.host = host.strip();
            }
            return this;
        }

        /** The first port tried, 1 to 65535; 0 lets the system choose a free one. */
        public Builder port(int port) {
            if (port < 0 || port > 65_535) {
                throw new IllegalArgumentException("port must be from 0 to 65535, not " + port);
            }
            this.port = port;
            return this;
        }

        public Builder quietPeriod(Duration quietPeriod) {
            if (quietPeriod.isNegative()) {
                throw new IllegalArgumentException("quietPeriod must not be negative: " + quietPeriod);
            }
            this.quietPeriod = quietPeriod;
            return this;
        }

        public Builder listener(Listener listener) {
            this.listener = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /**
         * Refuses folders a build would refuse and a missing source folder; builds once (a build that fails is
         * reported to the listener, and the preview still starts); then serves and watches.
         *
         * @throws IOException when no port can be listened on, or the folders cannot be watched
         */
        public PreviewServer start() throws QuizBuildException, IOException {
            QuizGenerator generator = QuizGenerator.forPreview(config);
            PreviewSession session = new PreviewSession(config, generator::generate, listener, quietPeriod);
            session.start(host, port);
            return new PreviewServer(session);
        }
    }
}

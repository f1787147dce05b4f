package dev.mdquiz.generator.internal.fork;

import dev.mdquiz.generator.QuizBuildException;
import dev.mdquiz.generator.QuizGenerator;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The generator's own JVM ({@link dev.mdquiz.generator.ForkedGenerator}): reads the configuration from the file named
 * first and deletes it, builds, and writes the outcome to the file named second. Anything else (an error of the JVM,
 * a bug) ends it with a status other than 0 and its stack trace on standard error, which the parent reports.
 */
public final class ForkMain {
    private ForkMain() {
    }

    /** Ended by the parent closing standard input: it is gone, and nobody waits for this build. */
    static final int PARENT_GONE = 3;

    public static void main(String[] args) throws IOException {
        endWithParent();
        build(Path.of(args[0]), Path.of(args[1]));
    }

    /**
     * Ends this JVM when Maven's ends: it holds this one's standard input open while it waits, and the system closes
     * it when that JVM is killed. Without this, a build whose Maven was stopped would go on writing the site.
     */
    private static void endWithParent() {
        Thread watch = new Thread(() -> {
            try {
                while (System.in.read() != -1) {
                    // the parent sends nothing: only the end of the stream counts
                }
            } catch (IOException e) {
                // a broken pipe ends the stream too
            }
            Runtime.getRuntime().halt(PARENT_GONE); // files are staged and moved into place whole: none is half-written
        }, "mdquiz-parent-watch");
        watch.setDaemon(true);
        watch.start();
    }

    static void build(Path requestFile, Path outcomeFile) throws IOException {
        Properties request = new Properties();
        try (InputStream in = Files.newInputStream(requestFile)) {
            request.load(in);
        }
        deleteRequest(requestFile);
        Properties outcome;
        try {
            outcome = Outcome.of(new QuizGenerator(ConfigProperties.read(request)).generate());
        } catch (QuizBuildException e) {
            outcome = Outcome.of(e);
        }
        try (OutputStream out = Files.newOutputStream(outcomeFile)) {
            outcome.store(out, null);
        }
    }

    /** It holds the key secret: gone before the build, lest it stay if Maven's JVM is killed and cannot delete it. */
    private static void deleteRequest(Path request) {
        try {
            Files.delete(request);
        } catch (IOException e) {
            // Maven's JVM deletes it with its folder when the build ends
        }
    }
}

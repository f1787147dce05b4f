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

    public static void main(String[] args) throws IOException {
        Path requestFile = Path.of(args[0]);
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
        try (OutputStream out = Files.newOutputStream(Path.of(args[1]))) {
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

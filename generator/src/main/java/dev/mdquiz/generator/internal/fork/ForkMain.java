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
 * first, builds, and writes the outcome to the file named second. Anything else (an error of the JVM, a bug) ends
 * it with a status other than 0 and its stack trace on standard error, which the parent reports.
 */
public final class ForkMain {
    private ForkMain() {
    }

    public static void main(String[] args) throws IOException {
        Properties request = new Properties();
        try (InputStream in = Files.newInputStream(Path.of(args[0]))) {
            request.load(in);
        }
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
}

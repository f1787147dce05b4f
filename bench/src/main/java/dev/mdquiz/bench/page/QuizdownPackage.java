package dev.mdquiz.bench.page;

import dev.mdquiz.bench.measure.ExternalCommand;
import dev.mdquiz.bench.Unavailable;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** quizdown from npm, installed on demand into a scratch folder (never into the source tree). */
public final class QuizdownPackage {
    public static final String SPEC = "quizdown@0.4.1";

    private QuizdownPackage() {
    }

    /** The bundle the README's stand-alone example loads, installing the package first if needed. */
    public static Path bundle(Path installFolder) throws Exception {
        Path bundle = installFolder.resolve("node_modules/quizdown/public/build/quizdown.js");
        if (Files.isRegularFile(bundle)) {
            return bundle;
        }
        if (!ExternalCommand.onPath("npm")) {
            throw new Unavailable("npm is missing, so " + SPEC + " cannot be installed (Debian: apt-get install -y npm)");
        }
        Files.createDirectories(installFolder);
        ExternalCommand.Result install = ExternalCommand.run(List.of("npm", "install", "--no-audit", "--no-fund",
                "--ignore-scripts", "--prefix", installFolder.toString(), SPEC), installFolder, Duration.ofMinutes(5));
        if (!install.succeeded() || !Files.isRegularFile(bundle)) {
            throw new Unavailable("npm install " + SPEC + " failed: " + install.tail());
        }
        return bundle;
    }
}

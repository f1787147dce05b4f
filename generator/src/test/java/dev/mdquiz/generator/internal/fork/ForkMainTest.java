package dev.mdquiz.generator.internal.fork;

import dev.mdquiz.generator.BuildResult;
import dev.mdquiz.generator.GeneratorConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The generator's own JVM, run here in this one. */
class ForkMainTest {
    @TempDir
    Path project;

    @Test
    void deletesTheRequestWithTheKeySecretBeforeItBuilds() throws Exception {
        Path bank = project.resolve("src/quiz/basics.md");
        Files.createDirectories(bank.getParent());
        Files.writeString(bank, "**1.** Pick a.\n\n- [x] a\n- [ ] b\n");
        GeneratorConfig config = GeneratorConfig.builder(project.resolve("src/quiz"), project.resolve("site"))
                .displayRoot(project).buildDirectory(project.resolve("target")).keySecret("s3cret").keyIterations(0)
                .build();
        Path request = project.resolve("request.properties");
        Path outcome = project.resolve("outcome.properties");
        try (OutputStream out = Files.newOutputStream(request)) {
            ConfigProperties.of(config).store(out, null);
        }

        ForkMain.main(new String[] {request.toString(), outcome.toString()});

        assertFalse(Files.exists(request), "the request, which holds the key secret, is gone");
        Properties reported = new Properties();
        try (InputStream in = Files.newInputStream(outcome)) {
            reported.load(in);
        }
        BuildResult result = Outcome.read(reported);
        assertEquals(1, result.quizzes());
    }
}

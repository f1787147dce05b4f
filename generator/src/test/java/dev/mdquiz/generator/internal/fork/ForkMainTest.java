package dev.mdquiz.generator.internal.fork;

import dev.mdquiz.generator.BuildResult;
import dev.mdquiz.generator.GeneratorConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

        ForkMain.build(request, outcome);

        assertFalse(Files.exists(request), "the request, which holds the key secret, is gone");
        Properties reported = new Properties();
        try (InputStream in = Files.newInputStream(outcome)) {
            reported.load(in);
        }
        BuildResult result = Outcome.read(reported);
        assertEquals(1, result.quizzes());
    }

    @Test
    void endsWhenTheJvmThatStartedItIsGone() throws Exception {
        for (int i = 0; i < 20; i++) {
            StringBuilder bank = new StringBuilder();
            for (int q = 1; q <= 200; q++) {
                bank.append("**").append(q).append(".** Question ").append(q).append(" of bank ").append(i)
                        .append("?\n\n- [x] yes\n- [ ] no\n\n");
            }
            Path file = project.resolve("src/quiz/bank-" + i + ".md");
            Files.createDirectories(file.getParent());
            Files.writeString(file, bank);
        }
        GeneratorConfig config = GeneratorConfig.builder(project.resolve("src/quiz"), project.resolve("site"))
                .displayRoot(project).buildDirectory(project.resolve("target")).keyIterations(0).build();
        Path request = project.resolve("request.properties");
        Path outcome = project.resolve("outcome.properties");
        try (OutputStream out = Files.newOutputStream(request)) {
            ConfigProperties.of(config).store(out, null);
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                ForkMain.class.getName(), request.toString(), outcome.toString()))
                .redirectErrorStream(true).redirectOutput(project.resolve("jvm.log").toFile()).start();

        child.getOutputStream().close(); // what the system does when Maven's JVM is killed

        assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the child must end on its own");
        assertEquals(ForkMain.PARENT_GONE, child.exitValue(), Files.readString(project.resolve("jvm.log")));
        assertFalse(Files.exists(outcome), "nobody is left to read an outcome");
        assertFalse(Files.exists(project.resolve("site/index.html")), "nor a site to write");
    }
}

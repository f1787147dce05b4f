package dev.mdquiz.maven;

import dev.mdquiz.generator.GeneratorConfig;
import dev.mdquiz.generator.OutputDirectoryException;
import dev.mdquiz.generator.Setting;
import org.apache.maven.execution.DefaultMavenExecutionRequest;
import org.apache.maven.execution.DefaultMavenExecutionResult;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The serve goal maps its parameters as the other goals do, with folders of the preview's own, and blocks until stopped. */
class ServeMojoTest {
    @TempDir
    Path base;

    /** The goal as Maven configures it with every default, in a project at {@code base}, or without one. */
    private ServeMojo mojo(boolean withProject) {
        ServeMojo mojo = MojoFixture.withDefaults(new ServeMojo(), base, withProject);
        mojo.host = "127.0.0.1";
        mojo.port = 8000;
        return mojo;
    }

    @Test
    void thePreviewHasAFolderAndACacheOfItsOwnInTheBuildFolder() throws Exception {
        GeneratorConfig config = mojo(true).config();
        assertEquals(base.resolve("target/quiz-preview"), config.outputDirectory());
        assertEquals(base.resolve("target/quiz-preview-cache"), config.cacheDirectory());
        assertEquals(base.resolve("src/quiz"), config.sourceDirectory());
        assertEquals(base.resolve("src/quiz-theme"), config.themeDirectory());
        assertEquals(base, config.displayRoot());
        assertEquals("Course", config.siteTitle());
        assertEquals(GeneratorConfig.DEFAULT_KEY_ITERATIONS, config.keyIterations(), "pages as generate makes them");
    }

    @Test
    void withoutAProjectRunFromAnotherFolderThePrivateFilesStayWithTheSources() throws Exception {
        ServeMojo mojo = mojo(false);
        Path tools = base.resolve("tools");
        mojo.session = new MavenSession(null, null,
                new DefaultMavenExecutionRequest().setBaseDirectory(tools.toFile()), new DefaultMavenExecutionResult());
        Path course = base.resolve("courses/one");
        mojo.sourceDirectory = course.resolve("quiz").toFile();
        mojo.outputDirectory = course.resolve("site").toFile();
        GeneratorConfig config = mojo.config();
        assertEquals(course.resolve("target"), config.buildDirectory(), "not target/ where Maven runs");
        assertEquals(course.resolve("target/quiz-preview-cache"), config.cacheDirectory());
        assertEquals(tools, config.displayRoot(), "diagnostics still shown from where Maven runs");
    }

    @Test
    void withoutAProjectThePreviewGoesToTargetWhereMavenRuns() throws Exception {
        GeneratorConfig config = mojo(false).config();
        assertEquals(base.resolve("target/quiz-preview"), config.outputDirectory());
        assertEquals(base.resolve("target/quiz-preview-cache"), config.cacheDirectory());
        assertEquals("Quizzes", config.siteTitle());
    }

    @Test
    void theFoldersCanBeChosenButNeverThePublishedSite() throws Exception {
        ServeMojo mojo = mojo(true);
        mojo.previewDirectory = base.resolve("preview").toFile();
        mojo.previewCacheDirectory = base.resolve("target/preview-state").toFile();
        mojo.cacheDirectory = base.resolve("target/published-state").toFile();
        GeneratorConfig config = mojo.config();
        assertEquals(base.resolve("preview"), config.outputDirectory());
        assertEquals(base.resolve("target/preview-state"), config.cacheDirectory());

        mojo.previewDirectory = new File(base.resolve("target/quiz-site/../quiz-site").toString());
        MojoFailureException refused = assertThrows(MojoFailureException.class, mojo::execute);
        assertTrue(refused.getMessage().contains("is outputDirectory"), refused.getMessage());
        assertTrue(refused.getMessage().endsWith("(set <previewDirectory> or -Dquiz.previewDirectory)"));
    }

    @Test
    void failuresNameThePreviewsParameters() {
        Path folder = base.resolve("target/quiz-preview");
        assertEquals("cannot write " + folder + " (check <previewDirectory> or -Dquiz.previewDirectory)",
                Failures.message(new OutputDirectoryException(Setting.OUTPUT_DIRECTORY, folder, "cannot write {}", null),
                        ServeMojo::parameter));
        assertEquals("x (check <previewCacheDirectory> or -Dquiz.previewCacheDirectory)", Failures.message(
                new OutputDirectoryException(Setting.CACHE_DIRECTORY, folder, "x", null), ServeMojo::parameter));
        assertEquals("x (check <themeDirectory> or -Dquiz.themeDirectory)", Failures.message(
                new OutputDirectoryException(Setting.THEME_DIRECTORY, folder, "x", null), ServeMojo::parameter));
    }

    @Test
    void aMissingSourceFolderFailsTheGoal() {
        ServeMojo mojo = mojo(true);
        mojo.port = 0;
        MojoFailureException failure = assertThrows(MojoFailureException.class, mojo::execute);
        assertTrue(failure.getMessage().contains("does not exist (check <sourceDirectory>"), failure.getMessage());
    }

    @Test
    void skipDoesNothing() throws Exception {
        ServeMojo mojo = mojo(true);
        mojo.skip = true;
        mojo.execute();
        assertFalse(Files.exists(base.resolve("target")));
    }

    @Test
    void servesUntilInterruptedAndSaysWhere() throws Exception {
        Files.createDirectories(base.resolve("src/quiz"));
        Files.writeString(base.resolve("src/quiz/intro.md"), "# Intro\n\n**1.** Yes?\n\n- [x] yes\n- [ ] no\n");
        ServeMojo mojo = mojo(true);
        mojo.port = 0;
        mojo.keyIterations = 0;
        List<String> info = new CopyOnWriteArrayList<>();
        mojo.setLog(new SystemStreamLog() {
            @Override
            public void info(CharSequence content) {
                info.add(content.toString());
            }
        });
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread goal = new Thread(() -> {
            try {
                mojo.execute();
            } catch (Throwable e) {
                thrown.set(e);
            }
        });
        goal.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (info.stream().noneMatch(line -> line.startsWith("Serving ")) && System.nanoTime() < deadline && goal.isAlive()) {
            Thread.sleep(10);
        }
        String serving = info.stream().filter(line -> line.startsWith("Serving ")).findFirst().orElseThrow(
                () -> new AssertionError("no Serving line: " + info + " " + thrown.get()));
        assertTrue(serving.matches("Serving http://127\\.0\\.0\\.1:\\d+/"), serving);
        assertTrue(info.get(0).startsWith("Built 1 quiz with 1 question in "), info.toString());
        HttpResponse<String> index = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(serving.substring("Serving ".length()))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, index.statusCode());
        assertTrue(index.body().contains("intro.html"));
        assertTrue(goal.isAlive(), "the goal blocks while serving");
        goal.interrupt();
        goal.join(2_000);
        assertFalse(goal.isAlive(), "an interrupt stops the goal");
        assertNull(thrown.get());
        assertFalse(Files.exists(base.resolve("target/quiz-site")), "the published site is not touched");
        assertFalse(Files.exists(base.resolve("target/quiz-answer-keys")), "nor the teachers' answer keys");
    }
}

package dev.mdquiz.generator.internal.export;

import dev.mdquiz.generator.Course;
import dev.mdquiz.generator.GeneratorConfig;
import dev.mdquiz.generator.QuizGenerator;
import dev.mdquiz.generator.model.Quiz;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertFalse;

/** Test helper: the checked course of a test resource folder, its banks for export, and zips read back. */
final class ExportFixture {
    private final Path source;
    private final Course course;

    private ExportFixture(Path source, Course course) {
        this.source = source;
        this.course = course;
    }

    static ExportFixture course(String resourceFolder, Path output) {
        try {
            Path source = Path.of(ExportFixture.class.getResource("/" + resourceFolder).toURI());
            Course course = new QuizGenerator(GeneratorConfig.builder(source, output).build()).read();
            assertFalse(course.hasErrors(), () -> "the test course has errors: " + course.diagnostics());
            return new ExportFixture(source, course);
        } catch (URISyntaxException | dev.mdquiz.generator.QuizBuildException e) {
            throw new IllegalStateException(e);
        }
    }

    List<Quiz> quizzes() {
        return course.quizzes();
    }

    Quiz quiz(String id) {
        return course.quizzes().stream().filter(quiz -> quiz.id().equals(id)).findFirst().orElseThrow();
    }

    /** A bank to export; its warnings go to {@code warnings} as {@code line:col: message}. */
    ExportBank bank(String id, List<String> warnings) {
        Quiz quiz = quiz(id);
        Path folder = source.resolve(id).getParent();
        return new ExportBank(quiz, List.of(), link -> Files.readAllBytes(folder.resolve(link.path()).normalize()),
                (at, message) -> warnings.add(at.line() + ":" + at.column() + ": " + message));
    }

    /** A zip's entries, in the zip's order. */
    static Map<String, byte[]> entries(byte[] zip) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    static List<ZipEntry> zipEntries(byte[] zip) {
        List<ZipEntry> entries = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.add(entry);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }
}

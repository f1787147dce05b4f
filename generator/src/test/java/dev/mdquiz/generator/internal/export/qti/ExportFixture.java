package dev.mdquiz.generator.internal.export.qti;

import dev.mdquiz.generator.Course;
import dev.mdquiz.generator.GeneratorConfig;
import dev.mdquiz.generator.QuizGenerator;
import dev.mdquiz.generator.internal.export.ExportBank;
import dev.mdquiz.generator.internal.export.ExportWarnings;
import dev.mdquiz.generator.model.Quiz;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
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

    /** A bank to export, as quiz:export gives it to a format. */
    ExportBank bank(String id) {
        return new ExportBank(quiz(id), List.of(), source, new ExportWarnings(id + ".md", "qti"));
    }

    /** Its warnings as {@code line:col: message}. */
    static List<String> warnings(ExportBank bank) {
        return bank.warnings().diagnostics().stream()
                .map(d -> d.line() + ":" + d.column() + ": " + d.message()).toList();
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

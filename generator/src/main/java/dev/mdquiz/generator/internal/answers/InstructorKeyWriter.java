package dev.mdquiz.generator.internal.answers;

import dev.mdquiz.generator.GeneratorConfig;
import dev.mdquiz.generator.OutputDirectoryException;
import dev.mdquiz.generator.ThemeException;
import dev.mdquiz.generator.internal.key.Sha256;
import dev.mdquiz.generator.internal.model.Quiz;
import dev.mdquiz.generator.internal.write.OutputFile;
import dev.mdquiz.generator.internal.write.SiteWriter;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Writes a readable answer key per quiz for teachers, {@code <quiz id>.md} and {@code <quiz id>.csv}, into a
 * folder apart from the published site and its sources. Nothing links to it. Files are written like the site's:
 * atomically, only when changed, and those of removed banks are deleted.
 */
public final class InstructorKeyWriter {
    private final Path directory;
    private final Path manifestDirectory;

    private InstructorKeyWriter(Path directory, Path manifestDirectory) {
        this.directory = directory;
        this.manifestDirectory = manifestDirectory;
    }

    /** The folder was checked against the site and the sources by FolderSettings before. */
    public static InstructorKeyWriter of(GeneratorConfig config) {
        return new InstructorKeyWriter(config.answerKeyDirectory(), config.cacheDirectory().resolve("answer-keys"));
    }

    public void write(List<Quiz> quizzes) throws OutputDirectoryException, ThemeException {
        List<OutputFile> files = new ArrayList<>();
        for (Quiz quiz : quizzes) {
            files.add(file(quiz.id() + ".md", () -> AnswerKeyMarkdown.render(quiz)));
            files.add(file(quiz.id() + ".csv", () -> AnswerKeyCsv.render(quiz)));
        }
        writer().write(files);
    }

    /** Whether the answer keys are still as the last build wrote them. */
    public boolean untouchedSinceLastBuild() {
        return writer().untouchedSinceLastBuild();
    }

    private SiteWriter writer() {
        return new SiteWriter(directory, manifestDirectory);
    }

    /** Written again only when it changed; held in memory only while it is hashed or written, not all at once. */
    private static OutputFile file(String path, Supplier<String> text) {
        return new OutputFile(path, Sha256.hex(utf8(text)), () -> utf8(text));
    }

    private static byte[] utf8(Supplier<String> text) {
        return text.get().getBytes(StandardCharsets.UTF_8);
    }
}

package dev.mdquiz.generator.internal.answers;

import dev.mdquiz.generator.GeneratorConfig;
import dev.mdquiz.generator.OutputDirectoryException;
import dev.mdquiz.generator.Setting;
import dev.mdquiz.generator.ThemeException;
import dev.mdquiz.generator.internal.cache.BuildCache;
import dev.mdquiz.generator.internal.key.Sha256;
import dev.mdquiz.generator.internal.model.Quiz;
import dev.mdquiz.generator.internal.write.OutputFile;
import dev.mdquiz.generator.internal.write.SiteWriter;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a readable answer key per quiz for teachers, {@code <quiz id>.md} and {@code <quiz id>.csv}, into a
 * folder apart from the published site and its sources. Nothing links to it. Files are written like the site's:
 * atomically, only when changed, and those of removed banks are deleted.
 */
public final class InstructorKeyWriter {
    private final SiteWriter writer;

    private InstructorKeyWriter(SiteWriter writer) {
        this.writer = writer;
    }

    /** The folder was checked against the site and the sources by FolderSettings before. */
    public static InstructorKeyWriter of(GeneratorConfig config, BuildCache cache) throws OutputDirectoryException {
        return new InstructorKeyWriter(SiteWriter.open(config.answerKeyDirectory(), Setting.ANSWER_KEY_DIRECTORY,
                cache, BuildCache.Written.ANSWER_KEYS));
    }

    public void write(List<Quiz> quizzes) throws OutputDirectoryException, ThemeException {
        List<OutputFile> files = new ArrayList<>();
        for (Quiz quiz : quizzes) {
            files.add(file(quiz.id() + ".md", AnswerKeyMarkdown.render(quiz)));
            files.add(file(quiz.id() + ".csv", AnswerKeyCsv.render(quiz)));
        }
        writer.write(files);
    }

    /** Whether the answer keys are still as the last build wrote them. */
    public boolean untouchedSinceLastBuild() {
        return writer.untouchedSinceLastBuild();
    }

    private static OutputFile file(String path, String text) {
        byte[] content = text.getBytes(StandardCharsets.UTF_8);
        return new OutputFile(path, Sha256.hex(content), () -> content);
    }
}

package dev.mdquiz.generator.internal.answers;

import dev.mdquiz.generator.GeneratorConfig;
import dev.mdquiz.generator.Setting;
import dev.mdquiz.generator.model.Quiz;
import dev.mdquiz.generator.internal.output.CourseOutput;
import dev.mdquiz.generator.internal.site.SiteSources;
import dev.mdquiz.generator.internal.write.OutputFile;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * A readable answer key per quiz for teachers, {@code <quiz id>.md} and {@code <quiz id>.csv}, in a folder apart
 * from the published site and its sources (FolderSettings sees to that). Nothing links to it.
 */
public final class AnswerKeyOutput implements CourseOutput {
    private final GeneratorConfig config;

    public AnswerKeyOutput(GeneratorConfig config) {
        this.config = config;
    }

    @Override
    public String name() {
        return "answer-keys";
    }

    @Override
    public Path directory() {
        return config.answerKeyDirectory();
    }

    @Override
    public Setting setting() {
        return Setting.ANSWER_KEY_DIRECTORY;
    }

    @Override
    public String fingerprint() {
        return ""; // each file's hash is its content: nothing changes all of them at once
    }

    @Override
    public List<OutputFile> files(SiteSources course) {
        List<OutputFile> files = new ArrayList<>();
        for (Quiz quiz : course.quizzes()) {
            files.add(file(quiz.id() + ".md", () -> AnswerKeyMarkdown.render(quiz).getBytes(StandardCharsets.UTF_8)));
            files.add(file(quiz.id() + ".csv", () -> AnswerKeyCsv.render(quiz)));
        }
        return files;
    }

    /**
     * Made on every build, on all cores with the pages, and written again only when its bytes changed; held in
     * memory only while it is hashed and staged, not all at once.
     */
    private static OutputFile file(String path, Supplier<byte[]> bytes) {
        return OutputFile.contentAddressed(path, bytes::get);
    }
}

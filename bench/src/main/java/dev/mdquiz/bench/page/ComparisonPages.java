package dev.mdquiz.bench.page;

import dev.mdquiz.bench.corpus.MdquizBank;
import dev.mdquiz.bench.corpus.QuizdownQuiz;
import dev.mdquiz.bench.corpus.SyntheticQuestion;
import dev.mdquiz.generator.GeneratorConfig;
import dev.mdquiz.generator.QuizGenerator;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The same quiz as an mdquiz page and as a quizdown page, side by side under one web root:
 * {@code mdquiz/quiz.html} as the generator writes it, and {@code quizdown/quiz.html} as quizdown's README
 * shows it (its bundle loaded from a local file, {@code quizdown.init()}, the quiz in a
 * {@code <div class="quizdown">}).
 */
public final class ComparisonPages {
    public static final String MDQUIZ_PAGE = "mdquiz/quiz.html";
    public static final String QUIZDOWN_PAGE = "quizdown/quiz.html";
    private static final String TITLE = "Benchmark quiz";

    private ComparisonPages() {
    }

    public static void writeMdquiz(Path root, Path scratch, List<SyntheticQuestion> quiz) throws Exception {
        Path source = scratch.resolve("mdquiz-source");
        Files.createDirectories(source);
        Files.writeString(source.resolve("quiz.md"), MdquizBank.write(TITLE, null, quiz));
        new QuizGenerator(GeneratorConfig.builder(source, root.resolve("mdquiz")).build()).generate();
    }

    public static void writeQuizdown(Path root, Path bundle, List<SyntheticQuestion> quiz) throws Exception {
        Path folder = root.resolve("quizdown");
        Files.createDirectories(folder);
        Files.copy(bundle, folder.resolve("quizdown.js"));
        // a data: icon, as the mdquiz page has, so neither page pays for a favicon request
        String page = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + TITLE + "</title>\n<link rel=\"icon\" href=\"data:,\">\n"
                + "<script src=\"quizdown.js\"></script>\n<script>quizdown.init();</script>\n</head>\n<body>\n"
                + "<div class=\"quizdown\">\n" + escape(QuizdownQuiz.write(quiz)) + "</div>\n</body>\n</html>\n";
        Files.writeString(folder.resolve("quiz.html"), page);
    }

    /** quizdown reads the div's innerHTML and decodes exactly these three entities. */
    private static String escape(String markdown) {
        return markdown.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}

package dev.mdquiz.generator;

import dev.mdquiz.generator.internal.check.BankChecker;
import dev.mdquiz.generator.internal.check.SiteChecker;
import dev.mdquiz.generator.internal.key.AnswerKeys;
import dev.mdquiz.generator.internal.key.QuestionKey;
import dev.mdquiz.generator.internal.load.BankLoader;
import dev.mdquiz.generator.internal.load.SourceFile;
import dev.mdquiz.generator.internal.model.Question;
import dev.mdquiz.generator.internal.model.Quiz;
import dev.mdquiz.generator.internal.parse.BankParser;
import dev.mdquiz.generator.internal.render.PageRenderer;
import dev.mdquiz.generator.internal.write.SiteWriter;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds a quiz site in named stages: load, parse, check, key, render, write. Nothing is written unless every
 * bank is free of errors.
 */
public final class QuizGenerator {
    private final GeneratorConfig config;
    private final BankParser parser = new BankParser();
    private final BankChecker checker = new BankChecker();

    public QuizGenerator(GeneratorConfig config) {
        this.config = config;
    }

    /** Loads, parses and checks every bank without writing anything. */
    public CheckResult check() throws SourceDirectoryException {
        Parsed parsed = parseAll();
        return new CheckResult(parsed.quizzes().size(), questionCount(parsed.quizzes()), parsed.diagnostics(),
                config.failOnWarning());
    }

    /** Generates the site. Throws {@link InvalidBanksException} with every problem when a bank has errors. */
    public BuildResult generate() throws QuizBuildException {
        Parsed parsed = parseAll();
        CheckResult checked = new CheckResult(parsed.quizzes().size(), questionCount(parsed.quizzes()),
                parsed.diagnostics(), config.failOnWarning());
        if (checked.failed()) {
            throw new InvalidBanksException(parsed.diagnostics());
        }
        Map<String, byte[]> files = render(parsed.quizzes());
        int written = new SiteWriter(config.outputDirectory()).write(files);
        return new BuildResult(checked.quizzes(), checked.questions(), written, config.outputDirectory(),
                parsed.diagnostics());
    }

    private static int questionCount(List<Quiz> quizzes) {
        return quizzes.stream().mapToInt(q -> q.questions().size()).sum();
    }

    private record Parsed(List<Quiz> quizzes, List<Diagnostic> diagnostics) {
    }

    private record ParsedBank(Quiz quiz, String displayPath, List<Diagnostic> diagnostics) {
    }

    private Parsed parseAll() throws SourceDirectoryException {
        BankLoader loader = new BankLoader(config.sourceDirectory(), config.displayRoot());
        List<Path> files = loader.findBanks();
        if (files.isEmpty()) {
            throw new SourceDirectoryException(config.sourceDirectory(), "no .md question banks found in {}", null);
        }
        List<ParsedBank> banks = files.parallelStream().map(file -> parseBank(loader, file)).toList();
        List<Quiz> quizzes = new ArrayList<>();
        List<String> displayPaths = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (ParsedBank bank : banks) {
            if (bank.quiz() != null) {
                quizzes.add(bank.quiz());
                displayPaths.add(bank.displayPath());
            }
            diagnostics.addAll(bank.diagnostics());
        }
        new SiteChecker().check(quizzes, displayPaths, diagnostics);
        diagnostics.sort(Diagnostic.ORDER);
        return new Parsed(quizzes, diagnostics);
    }

    private ParsedBank parseBank(BankLoader loader, Path file) {
        List<Diagnostic> problems = new ArrayList<>();
        SourceFile source = loader.load(file, problems);
        if (source == null) {
            return new ParsedBank(null, null, problems);
        }
        try {
            Quiz quiz = parser.parse(source, problems);
            checker.check(quiz, source.displayPath(), problems);
            return new ParsedBank(quiz, source.displayPath(), problems);
        } catch (RuntimeException | StackOverflowError e) {
            // a defect or a pathological file (nesting thousands deep) must still end as a diagnostic
            problems.add(new Diagnostic(source.displayPath(), 1, 1, Severity.ERROR,
                    "cannot parse this file (" + e.getClass().getSimpleName() + "); please report it to mdquiz"));
            return new ParsedBank(null, null, problems);
        }
    }

    private Map<String, byte[]> render(List<Quiz> quizzes) throws ThemeException {
        PageRenderer renderer = new PageRenderer(config.siteTitle());
        AnswerKeys answerKeys = new AnswerKeys(config.keySecret());
        Map<String, byte[]> files = new TreeMap<>();
        List<RenderedPage> pages;
        try {
            pages = quizzes.parallelStream().map(quiz -> renderQuiz(renderer, answerKeys, quiz)).toList();
        } catch (UncheckedThemeException e) {
            throw e.getCause();
        }
        for (RenderedPage page : pages) {
            files.put(page.path(), page.content());
        }
        files.put("index.html", renderer.renderIndex(quizzes).getBytes(StandardCharsets.UTF_8));
        return files;
    }

    private record RenderedPage(String path, byte[] content) {
    }

    private static RenderedPage renderQuiz(PageRenderer renderer, AnswerKeys answerKeys, Quiz quiz) {
        List<QuestionKey> keys = new ArrayList<>();
        for (Question question : quiz.questions()) {
            keys.add(answerKeys.keyFor(quiz.id(), question));
        }
        try {
            return new RenderedPage(quiz.pagePath(), renderer.renderQuiz(quiz, keys).getBytes(StandardCharsets.UTF_8));
        } catch (ThemeException e) {
            throw new UncheckedThemeException(e);
        }
    }

    /** Carries a theme failure out of a parallel stream. */
    private static final class UncheckedThemeException extends RuntimeException {
        UncheckedThemeException(ThemeException cause) {
            super(cause);
        }

        @Override
        public synchronized ThemeException getCause() {
            return (ThemeException) super.getCause();
        }
    }
}

package dev.mdquiz.generator.internal.site;

import dev.mdquiz.generator.Diagnostic;
import dev.mdquiz.generator.GeneratorConfig;
import dev.mdquiz.generator.Severity;
import dev.mdquiz.generator.SourceDirectoryException;
import dev.mdquiz.generator.internal.check.BankChecker;
import dev.mdquiz.generator.internal.check.LinkChecker;
import dev.mdquiz.generator.internal.check.OutputClashChecker;
import dev.mdquiz.generator.internal.check.SiteChecker;
import dev.mdquiz.generator.internal.key.Sha256;
import dev.mdquiz.generator.internal.load.BankLoader;
import dev.mdquiz.generator.internal.load.SourceFile;
import dev.mdquiz.generator.internal.model.Quiz;
import dev.mdquiz.generator.internal.model.SectionInfo;
import dev.mdquiz.generator.internal.parse.BankParser;
import dev.mdquiz.generator.internal.parse.SectionParser;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/** The load, parse and check stages over the whole source directory; banks are parsed on all cores. */
public final class SiteReader {
    private final GeneratorConfig config;
    private final BankParser parser = new BankParser();
    private final SectionParser sectionParser = new SectionParser();
    private final BankChecker checker = new BankChecker();
    private final ParseMemo memo;

    public SiteReader(GeneratorConfig config) {
        this(config, null);
    }

    /** @param memo banks parsed by earlier reads, reused while their text is the same; null to parse every bank */
    public SiteReader(GeneratorConfig config, ParseMemo memo) {
        this.config = config;
        this.memo = memo;
    }

    private record ParsedBank(Quiz quiz, String displayPath, String bankHash, List<Diagnostic> diagnostics) {
    }

    /**
     * Each bank as last parsed and checked, with the text it was parsed from; one entry per bank. A preview
     * reads its whole course again after every save, and most banks have not changed since: a bank whose path
     * and text are the same is not parsed again. Texts are compared whole, which costs less than hashing them.
     */
    public static final class ParseMemo {
        private record Entry(String displayPath, String text, ParsedBank bank) {
        }

        private final Map<String, Entry> banks = new ConcurrentHashMap<>();

        private ParsedBank parsed(SourceFile source, Function<SourceFile, ParsedBank> parse) {
            Entry entry = banks.get(source.id());
            if (entry != null && entry.displayPath().equals(source.displayPath()) && entry.text().equals(source.text())) {
                return entry.bank();
            }
            ParsedBank bank = parse.apply(source);
            banks.put(source.id(), new Entry(source.displayPath(), source.text(), bank));
            return bank;
        }
    }

    public SiteSources read() throws SourceDirectoryException {
        FolderSettings folders = new FolderSettings(config);
        BankLoader loader = BankLoader.open(config.sourceDirectory(), config.displayRoot(),
                folders.ownFoldersInTheSources());
        List<Diagnostic> diagnostics = new ArrayList<>(folders.warnings());
        List<Path> files = loader.findFiles(diagnostics);
        List<Path> banks = files.stream().filter(loader::isBank).toList();
        if (banks.isEmpty()) {
            throw new SourceDirectoryException(config.sourceDirectory(), "no .md question banks found in {}", null);
        }
        Map<String, SectionInfo> sections = readSections(loader, files, diagnostics);

        List<ParsedBank> parsed = banks.parallelStream().map(file -> parseBank(loader, file)).toList();
        List<Quiz> quizzes = new ArrayList<>();
        List<String> displayPaths = new ArrayList<>();
        Map<String, String> bankHashes = new TreeMap<>();
        for (ParsedBank bank : parsed) {
            if (bank.quiz() != null) {
                quizzes.add(bank.quiz());
                displayPaths.add(bank.displayPath());
                bankHashes.put(bank.quiz().id(), bank.bankHash());
            }
            diagnostics.addAll(bank.diagnostics());
        }
        new SiteChecker().check(quizzes, displayPaths, diagnostics);
        Set<String> assets = checkLinks(quizzes, displayPaths, diagnostics);
        assets.addAll(resources(loader, files, diagnostics));
        new OutputClashChecker().check(outputs(loader, quizzes, displayPaths, assets), diagnostics);
        diagnostics.sort(Diagnostic.ORDER);
        return new SiteSources(quizzes, bankHashes, sections, assets, diagnostics);
    }

    private Map<String, SectionInfo> readSections(BankLoader loader, List<Path> files, List<Diagnostic> diagnostics) {
        Map<String, SectionInfo> sections = new TreeMap<>();
        for (Path file : files) {
            if (loader.isSectionFile(file)) {
                SourceFile source = loader.load(file, diagnostics);
                if (source != null) {
                    SectionInfo info = sectionParser.parse(source, diagnostics);
                    sections.put(info.path(), info);
                }
            }
        }
        return sections;
    }

    private ParsedBank parseBank(BankLoader loader, Path file) {
        List<Diagnostic> loadProblems = new ArrayList<>();
        SourceFile source = loader.load(file, loadProblems);
        if (source == null) {
            return new ParsedBank(null, null, null, loadProblems);
        }
        ParsedBank parsed = memo == null ? parseSource(source) : memo.parsed(source, this::parseSource);
        if (loadProblems.isEmpty()) {
            return parsed;
        }
        loadProblems.addAll(parsed.diagnostics());
        return new ParsedBank(parsed.quiz(), parsed.displayPath(), parsed.bankHash(), loadProblems);
    }

    /** Parses and checks a loaded bank; depends on nothing but the bank. */
    private ParsedBank parseSource(SourceFile source) {
        List<Diagnostic> problems = new ArrayList<>();
        try {
            Quiz quiz = parser.parse(source, problems);
            checker.check(quiz, source.displayPath(), problems);
            return new ParsedBank(quiz, source.displayPath(), Sha256.hex(source.text()).substring(0, 12), problems);
        } catch (RuntimeException | StackOverflowError e) {
            // a defect or a pathological file (nesting thousands deep) must still end as a diagnostic
            problems.add(new Diagnostic(source.displayPath(), 1, 1, Severity.ERROR,
                    "cannot parse this file (" + e.getClass().getSimpleName() + "); please report it to mdquiz"));
            return new ParsedBank(null, null, null, problems);
        }
    }

    private Set<String> checkLinks(List<Quiz> quizzes, List<String> displayPaths, List<Diagnostic> diagnostics)
            throws SourceDirectoryException {
        LinkChecker links;
        try {
            links = new LinkChecker(config.sourceDirectory());
        } catch (IOException e) {
            throw new SourceDirectoryException(config.sourceDirectory(), "cannot read source directory {}", e);
        }
        Set<String> bankIds = new HashSet<>();
        quizzes.forEach(quiz -> bankIds.add(quiz.id()));
        Set<String> assets = new TreeSet<>();
        for (int i = 0; i < quizzes.size(); i++) {
            links.check(quizzes.get(i), displayPaths.get(i), bankIds, assets, diagnostics);
        }
        return assets;
    }

    /**
     * Files matched by the configured resource patterns, published although no bank links to them; a match that
     * leads outside the source directory is an error and is not published.
     */
    private Set<String> resources(BankLoader loader, List<Path> files, List<Diagnostic> diagnostics) {
        List<PathMatcher> patterns = config.resources().stream()
                .map(glob -> FileSystems.getDefault().getPathMatcher("glob:" + glob)).toList();
        Set<String> matched = new TreeSet<>();
        for (Path file : files) {
            Path relative = config.sourceDirectory().relativize(file);
            if (!loader.isBank(file) && !loader.isSectionFile(file) && patterns.stream().anyMatch(p -> p.matches(relative))) {
                if (loader.insideAfterLinks(file)) {
                    matched.add(relative.toString().replace('\\', '/'));
                } else {
                    diagnostics.add(new Diagnostic(loader.displayPath(file), 1, 1, Severity.ERROR, "this file matches"
                            + " resources but is a symbolic link that leads outside the source directory; nothing"
                            + " outside it is read or published"));
                }
            }
        }
        return matched;
    }

    /** Every file the site will hold, with the source it comes from. */
    private List<OutputClashChecker.Output> outputs(BankLoader loader, List<Quiz> quizzes, List<String> displayPaths,
                                                    Set<String> assets) {
        List<OutputClashChecker.Output> outputs = new ArrayList<>();
        for (int i = 0; i < quizzes.size(); i++) {
            outputs.add(OutputClashChecker.Output.page(quizzes.get(i).pagePath(), displayPaths.get(i)));
        }
        for (String asset : assets) {
            outputs.add(OutputClashChecker.Output.file(asset, loader.displayPath(config.sourceDirectory().resolve(asset))));
        }
        return outputs;
    }
}

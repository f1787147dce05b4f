package dev.mdquiz.generator.internal.site;

import dev.mdquiz.generator.Diagnostic;
import dev.mdquiz.generator.GeneratorConfig;
import dev.mdquiz.generator.Severity;
import dev.mdquiz.generator.SourceDirectoryException;
import dev.mdquiz.generator.internal.check.BankChecker;
import dev.mdquiz.generator.internal.check.LinkChecker;
import dev.mdquiz.generator.internal.check.MathCheck;
import dev.mdquiz.generator.internal.math.Formulas;
import dev.mdquiz.generator.internal.check.OutputClashChecker;
import dev.mdquiz.generator.internal.check.RawHtmlCheck;
import dev.mdquiz.generator.internal.check.SiteChecker;
import dev.mdquiz.generator.internal.key.Sha256;
import dev.mdquiz.generator.internal.load.BankLoader;
import dev.mdquiz.generator.internal.load.SourceFile;
import dev.mdquiz.generator.model.LocalLink;
import dev.mdquiz.generator.model.Quiz;
import dev.mdquiz.generator.model.SectionInfo;
import dev.mdquiz.generator.internal.parse.BankParser;
import dev.mdquiz.generator.internal.parse.SectionParser;
import dev.mdquiz.generator.internal.render.PageLinks;
import dev.mdquiz.generator.internal.report.Report;

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
    private final FolderSettings folders;
    private final BankParser parser = new BankParser();
    private final SectionParser sectionParser = new SectionParser();
    private final BankChecker checker = new BankChecker();
    private final ParseMemo memo;
    private final Formulas formulas;

    public SiteReader(GeneratorConfig config, FolderSettings folders, Formulas formulas) {
        this(config, folders, null, formulas);
    }

    /**
     * @param folders  the configured folders, as the caller already compared them
     * @param memo     banks parsed by earlier reads, reused while their text is the same; null to parse every bank
     * @param formulas renders the course's formulas, which the check stage checks
     */
    public SiteReader(GeneratorConfig config, FolderSettings folders, ParseMemo memo, Formulas formulas) {
        this.config = config;
        this.folders = folders;
        this.memo = memo;
        this.formulas = formulas;
    }

    /** @param links the quiz's links and images to course files, its raw HTML's included */
    private record ParsedBank(Quiz quiz, List<LocalLink> links, Report report, String bankHash) {
    }

    /**
     * Each bank as last parsed and checked, with the text it was parsed from; one entry per bank. A preview
     * reads its whole course again after every save, and most banks have not changed since: a bank whose path
     * and text are the same is not parsed again. Texts are compared whole, which costs less than hashing them.
     * The model is immutable, so a quiz serves any number of builds; each entry's report holds only what parsing
     * and the bank's own checks found, and is copied, never handed on.
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
        BankLoader loader = BankLoader.open(config.sourceDirectory(), config.displayRoot(),
                folders.ownFoldersInTheSources());
        List<Diagnostic> diagnostics = new ArrayList<>(folders.warnings());
        List<Path> files = loader.findFiles(diagnostics);
        List<Path> banks = files.stream().filter(loader::isBank).toList();
        if (banks.isEmpty()) {
            throw new SourceDirectoryException(config.sourceDirectory(), "no .md question banks found in {}", null);
        }
        Map<String, SectionInfo> sections = new TreeMap<>();
        Map<String, String> sectionHashes = new TreeMap<>();
        readSections(loader, files, sections, sectionHashes, diagnostics);

        List<ParsedBank> parsed = banks.parallelStream().map(file -> parseBank(loader, file)).toList();
        List<ParsedBank> read = parsed.stream().filter(bank -> bank.quiz() != null).toList();
        List<Quiz> quizzes = read.stream().map(ParsedBank::quiz).toList();
        Map<String, String> bankHashes = new TreeMap<>();
        read.forEach(bank -> bankHashes.put(bank.quiz().id(), bank.bankHash()));
        new SiteChecker().check(read.stream().map(bank -> Map.entry(bank.quiz(), bank.report())).toList());
        Set<String> assets = checkLinks(loader, read);
        parsed.forEach(bank -> diagnostics.addAll(bank.report().diagnostics()));
        assets.addAll(resources(loader, files, diagnostics));
        new OutputClashChecker().check(outputs(loader, read, assets), diagnostics);
        diagnostics.sort(Diagnostic.ORDER);
        return new SiteSources(quizzes, bankHashes, sections, sectionHashes, assets, diagnostics);
    }

    private void readSections(BankLoader loader, List<Path> files, Map<String, SectionInfo> sections,
                              Map<String, String> hashes, List<Diagnostic> diagnostics) {
        for (Path file : files) {
            if (loader.isSectionFile(file)) {
                Report report = new Report(loader.displayPath(file));
                SourceFile source = loader.load(file, report);
                if (source != null) {
                    SectionInfo info = sectionParser.parse(source, report);
                    RawHtmlCheck.check(info.intro(), report);
                    MathCheck.check(List.of(info.intro()), formulas, report);
                    sections.put(info.path(), info);
                    hashes.put(info.path(), sourceHash(source));
                }
                diagnostics.addAll(report.diagnostics());
            }
        }
    }

    private ParsedBank parseBank(BankLoader loader, Path file) {
        Report report = new Report(loader.displayPath(file));
        SourceFile source = loader.load(file, report);
        if (source == null) {
            return new ParsedBank(null, null, report, null);
        }
        if (memo == null) {
            return parseSource(source, report);
        }
        // the bank as parsed before, if its text is the same, reported afresh: later checks add to this build's report
        ParsedBank parsed = memo.parsed(source, unchanged -> parseSource(unchanged, new Report(report.path())));
        parsed.report().diagnostics().forEach(report::add);
        return new ParsedBank(parsed.quiz(), parsed.links(), report, parsed.bankHash());
    }

    /** Parses and checks a loaded bank into {@code report}; depends on nothing but the bank. */
    private ParsedBank parseSource(SourceFile source, Report report) {
        try {
            Quiz quiz = parser.parse(source, report);
            checker.check(quiz, report);
            MathCheck.check(quiz.parts(), formulas, report);
            List<LocalLink> links = new ArrayList<>(quiz.links());
            links.addAll(RawHtmlCheck.check(quiz, report));
            return new ParsedBank(quiz, links, report, sourceHash(source));
        } catch (RuntimeException | StackOverflowError e) {
            // a defect or a pathological file (nesting thousands deep) must still end as a diagnostic
            report.add(1, 1, Severity.ERROR, "cannot parse this file (" + e.getClass().getSimpleName()
                    + "); please report it to mdquiz");
            return new ParsedBank(null, null, report, null);
        }
    }

    /** What decides whether the pages made from a source are made again; never published. */
    private static String sourceHash(SourceFile source) {
        return Sha256.hex(source.text(), 12);
    }

    private Set<String> checkLinks(BankLoader loader, List<ParsedBank> banks) {
        LinkChecker links = new LinkChecker(config.sourceDirectory(), loader);
        Set<String> bankIds = new HashSet<>();
        banks.forEach(bank -> bankIds.add(bank.quiz().id()));
        Set<String> assets = new TreeSet<>();
        for (ParsedBank bank : banks) {
            links.check(bank.quiz().id(), bank.links(), bank.report(), bankIds, assets);
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
                    matched.add(BankLoader.slashes(relative));
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
    private List<OutputClashChecker.Output> outputs(BankLoader loader, List<ParsedBank> banks, Set<String> assets) {
        List<OutputClashChecker.Output> outputs = new ArrayList<>();
        for (ParsedBank bank : banks) {
            outputs.add(OutputClashChecker.Output.page(PageLinks.pagePath(bank.quiz()), bank.report().path()));
        }
        for (String asset : assets) {
            outputs.add(OutputClashChecker.Output.file(asset, loader.displayPath(config.sourceDirectory().resolve(asset))));
        }
        return outputs;
    }
}

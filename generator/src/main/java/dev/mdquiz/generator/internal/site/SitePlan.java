package dev.mdquiz.generator.internal.site;

import dev.mdquiz.generator.GeneratorConfig;
import dev.mdquiz.generator.internal.key.AnswerKeys;
import dev.mdquiz.generator.internal.key.Sha256;
import dev.mdquiz.generator.internal.load.BankLoader;
import dev.mdquiz.generator.model.Markup;
import dev.mdquiz.generator.model.Quiz;
import dev.mdquiz.generator.model.Section;
import dev.mdquiz.generator.model.SectionInfo;
import dev.mdquiz.generator.internal.render.Navigation;
import dev.mdquiz.generator.internal.render.PageLinks;
import dev.mdquiz.generator.internal.render.PageRenderer;
import dev.mdquiz.generator.internal.write.OutputFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The arrange and key stages, and the render plan: every file of the site with the hash of what it is made
 * from. Pages are rendered (and their keys derived) only when the writer finds their inputs changed.
 */
public final class SitePlan {
    private final GeneratorConfig config;
    private final PageRenderer renderer;
    private final AnswerKeys answerKeys;
    private final String fingerprint;
    private final VersionMemo versionMemo;

    public SitePlan(GeneratorConfig config, PageRenderer renderer, AnswerKeys answerKeys) {
        this(config, renderer, answerKeys, new VersionMemo());
    }

    /** @param versionMemo quiz versions worked out so far: this build's alone, or a preview's over its builds */
    public SitePlan(GeneratorConfig config, PageRenderer renderer, AnswerKeys answerKeys, VersionMemo versionMemo) {
        this.config = config;
        this.renderer = renderer;
        this.answerKeys = answerKeys;
        this.versionMemo = versionMemo;
        // anything that changes every page: the generator, the settings, the theme
        this.fingerprint = Sha256.hex(String.join("\n", "mdquiz " + generatorVersion(), config.siteTitle(),
                config.siteLanguage(), config.ordering().name(), config.keySecret(),
                "keys " + config.keyIterations() + " " + config.choiceKeyIterations(), renderer.themeFingerprint()));
    }

    /** Changes whenever something that changes every page does: the generator, the settings, the theme. */
    public String fingerprint() {
        return fingerprint;
    }

    /**
     * Each quiz's published version as last worked out, by its id, the bank's hash and everything that changes
     * every page ({@link #fingerprint()}); one entry per quiz. The version is made of the quiz and its keys alone,
     * so an unchanged bank has an unchanged version: the index takes those of this build's pages from here, and a
     * preview, which keeps its memo across builds, need not key every other quiz again.
     */
    public static final class VersionMemo {
        private record Entry(String key, String version) {
        }

        private final Map<String, Entry> versions = new ConcurrentHashMap<>();

        private String get(String quizId, String key) {
            Entry entry = versions.get(quizId);
            return entry != null && entry.key().equals(key) ? entry.version() : null;
        }

        private void put(String quizId, String key, String version) {
            versions.put(quizId, new Entry(key, version));
        }
    }

    private String versionKey(SiteSources sources, Quiz quiz) {
        return fingerprint + "\n" + sources.bankHashes().get(quiz.id());
    }

    public List<OutputFile> plan(SiteSources sources) {
        List<Section> sections = new SiteLayout(sources.sectionInfos(), config.ordering()).arrange(sources.quizzes());
        List<Quiz> sequence = SiteLayout.sequence(sections);
        List<OutputFile> files = new ArrayList<>();
        Set<String> pagePaths = new HashSet<>();
        for (int i = 0; i < sequence.size(); i++) {
            Quiz quiz = sequence.get(i);
            Navigation navigation = new Navigation(quiz, i > 0 ? sequence.get(i - 1) : null,
                    i + 1 < sequence.size() ? sequence.get(i + 1) : null);
            String pagePath = PageLinks.pagePath(quiz);
            files.add(new OutputFile(pagePath, hash(sources.bankHashes().get(quiz.id()),
                    neighbour(navigation.previous()), neighbour(navigation.next())),
                    () -> page(quiz, navigation, versionKey(sources, quiz))));
            pagePaths.add(pagePath);
        }
        SectionInfo top = sources.sectionInfos().get("");
        Markup intro = top == null ? Markup.EMPTY : top.intro();
        files.add(OutputFile.afterOthers("index.html", indexHash(sections, sources),
                () -> renderer.renderIndex(sections, intro, versions(sequence, sources))));
        files.add(new OutputFile(".nojekyll", hash("nojekyll"), () -> new byte[0])); // GitHub Pages: serve as is
        for (String asset : sources.assets()) {
            if (!pagePaths.contains(asset) && !asset.equals("index.html")) {
                Path source = config.sourceDirectory().resolve(asset);
                files.add(new OutputFile(asset, hash(stamp(source)), () -> BankLoader.readAsset(config.sourceDirectory(), source)));
            }
        }
        return files;
    }

    private byte[] page(Quiz quiz, Navigation navigation, String versionKey) throws Exception {
        PageRenderer.RenderedQuiz page = renderer.renderQuiz(quiz, answerKeys.keysFor(quiz), navigation);
        versionMemo.put(quiz.id(), versionKey, page.version());
        return page.html();
    }

    /**
     * Every quiz's published version, for the index: remembered for pages rendered in this build (or, in a
     * preview, in an earlier one), the others keyed again (their stretched keys come from the cache). The index is
     * produced after the pages for this.
     */
    private Map<String, String> versions(List<Quiz> quizzes, SiteSources sources) throws IOException {
        Map<String, String> versions = new ConcurrentHashMap<>();
        try {
            quizzes.parallelStream().forEach(quiz -> {
                try {
                    String key = versionKey(sources, quiz);
                    String version = versionMemo.get(quiz.id(), key);
                    if (version == null) {
                        version = renderer.version(quiz, answerKeys.keysFor(quiz));
                        versionMemo.put(quiz.id(), key, version);
                    }
                    versions.put(quiz.id(), version);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return versions;
    }

    private String indexHash(List<Section> sections, SiteSources sources) {
        Map<String, String> intros = sources.sectionHashes();
        StringBuilder content = new StringBuilder(intros.getOrDefault("", ""));
        for (Section section : sections) {
            content.append('\n').append(section.path()).append('\n').append(section.title()).append('\n')
                    .append(intros.getOrDefault(section.path(), ""));
            for (Quiz quiz : section.quizzes()) {
                content.append('\n').append(quiz.id()).append('\t').append(quiz.title()).append('\t')
                        .append(quiz.description()).append('\t').append(quiz.questions().size()).append('\t')
                        .append(sources.bankHashes().get(quiz.id()));
            }
        }
        return hash(content.toString());
    }

    private static String neighbour(Quiz quiz) {
        return quiz == null ? "" : quiz.id() + "\t" + quiz.title();
    }

    private String hash(String... parts) {
        return Sha256.hex(fingerprint + "\n" + String.join("\n", parts));
    }

    /** Size and time stand in for an asset's content: reading every asset on every build is what this avoids. */
    private static String stamp(Path file) {
        try {
            return Files.size(file) + "@" + Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return "unreadable";
        }
    }

    /** The version, and the jar's own hash: a rebuilt snapshot of the same version must rebuild sites too. */
    public static String generatorVersion() {
        String version;
        try (InputStream in = SitePlan.class.getResourceAsStream("/dev/mdquiz/generator/version.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            version = properties.getProperty("version", "unknown");
        } catch (IOException e) {
            version = "unknown";
        }
        return version + " " + JAR_HASH;
    }

    private static final String JAR_HASH = jarHash();

    private static String jarHash() {
        try {
            Path jar = Path.of(SitePlan.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(jar) ? Sha256.hex(Files.readAllBytes(jar)) : "classes";
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return "unknown";
        }
    }
}

package dev.mdquiz.generator.internal.export.scorm;

import dev.mdquiz.generator.GeneratorConfig;
import dev.mdquiz.generator.ThemeException;
import dev.mdquiz.generator.internal.cache.BuildCache;
import dev.mdquiz.generator.internal.check.RawHtmlCheck;
import dev.mdquiz.generator.internal.export.ExportBank;
import dev.mdquiz.generator.internal.export.ExportFormat;
import dev.mdquiz.generator.internal.export.ReproducibleZip;
import dev.mdquiz.generator.internal.key.AnswerKeys;
import dev.mdquiz.generator.internal.key.KeyOptions;
import dev.mdquiz.generator.internal.key.Sha256;
import dev.mdquiz.generator.internal.output.Outputs;
import dev.mdquiz.generator.internal.render.PageLinks;
import dev.mdquiz.generator.internal.render.PageRenderer;
import dev.mdquiz.generator.internal.report.Report;
import dev.mdquiz.generator.model.LocalLink;
import dev.mdquiz.generator.model.Quiz;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * SCORM 1.2: each quiz's page as the site renders it (hashed keys, grading in the page), with the theme's SCORM
 * bridge and the files it links to, in a package with one SCO. Files keep their paths in the site, so the page's
 * relative links to its images still lead to them; links to other quizzes lead out of the package and are warned
 * about. See docs/export.md.
 */
public final class ScormFormat implements ExportFormat {
    private static final String MANIFEST = "imsmanifest.xml";

    private final GeneratorConfig config;
    private final PageRenderer renderer;
    private final AnswerKeys answerKeys;

    public ScormFormat(GeneratorConfig config, BuildCache cache) throws ThemeException {
        this.config = config;
        this.renderer = Outputs.pageRenderer(config);
        this.answerKeys = new AnswerKeys(KeyOptions.of(config, cache));
    }

    @Override
    public String name() {
        return "scorm";
    }

    @Override
    public String extension() {
        return ".zip";
    }

    @Override
    public byte[] write(ExportBank bank) throws IOException {
        Quiz quiz = bank.quiz();
        String page = PageLinks.pagePath(quiz);
        Map<String, byte[]> content = new TreeMap<>();
        for (LocalLink link : links(quiz)) {
            String path = pathInPackage(quiz, link);
            if (link.bankLink()) {
                if (!path.equals(quiz.id() + ".md")) { // a link to a place in this quiz stays in the package
                    bank.warnings().warn(link.position(), "the link to '" + link.path() + "' leads to another"
                            + " quiz, which this package does not hold; inside the LMS it will not open");
                }
            } else if (!content.containsKey(path) && !path.equals(page)) {
                content.put(path, bank.read(link));
            }
        }
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(page, page(quiz));
        files.putAll(content);
        String course = bank.category().isEmpty() ? config.siteTitle() : bank.category().get(0);
        ScormManifest manifest = new ScormManifest(identifier(quiz), course, quiz.title(), page,
                new ArrayList<>(files.keySet()), quiz.settings().passPercent());
        Map<String, byte[]> zip = new LinkedHashMap<>();
        zip.put(MANIFEST, manifest.xml().getBytes(StandardCharsets.UTF_8));
        zip.putAll(files);
        return ReproducibleZip.of(zip);
    }

    /** The quiz's links and images to course files, its raw HTML's included, as the site publishes them. */
    private static List<LocalLink> links(Quiz quiz) {
        List<LocalLink> links = new ArrayList<>(quiz.links());
        // the check stage reported what the raw HTML lost; this pass only collects its links
        links.addAll(RawHtmlCheck.check(quiz, new Report(quiz.id())));
        return links;
    }

    private byte[] page(Quiz quiz) throws IOException {
        try {
            return renderer.renderScormQuiz(quiz, answerKeys.keysFor(quiz)).html();
        } catch (ThemeException e) {
            throw new IOException(e.getMessage(), e); // a broken template fails the site's build the same way
        }
    }

    /** Where the site publishes a linked file: relative to the source folder, which the check stage kept it in. */
    private static String pathInPackage(Quiz quiz, LocalLink link) {
        Path folder = Path.of(quiz.id()).getParent();
        Path target = (folder == null ? Path.of(link.path()) : folder.resolve(link.path())).normalize();
        return target.toString().replace('\\', '/');
    }

    /**
     * The same for every export of this quiz of this course, so an LMS recognises a new package as an update; an
     * XML name, as the manifest's identifier must be.
     */
    private String identifier(Quiz quiz) {
        return "mdquiz-" + Sha256.hex(config.siteTitle() + "\n" + quiz.id(), 16);
    }
}

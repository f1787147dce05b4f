package dev.mdquiz.generator.internal.export;

import dev.mdquiz.generator.Course;
import dev.mdquiz.generator.Diagnostic;
import dev.mdquiz.generator.ExportResult;
import dev.mdquiz.generator.GeneratorConfig;
import dev.mdquiz.generator.QuizGenerator;
import dev.mdquiz.generator.model.Quiz;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xmlunit.builder.DiffBuilder;
import org.xmlunit.builder.Input;
import org.xmlunit.diff.Diff;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Moodle XML export: a golden file holding every kind of question, checked element by element against Moodle's
 * format (docs/export.md cites what each element is), and every exported file well-formed, with each file it
 * refers to carried inside.
 */
class MoodleXmlTest {
    /** The golden file; -Dgolden.update=true writes it again from the export, to review before committing. */
    private static final Path GOLDEN = Path.of(System.getProperty("basedir", "."),
            "src/test/resources/export/moodle/every-kind.xml");
    private static final Set<String> TYPES = Set.of("category", "description", "multichoice", "shortanswer",
            "numerical", "cloze", "ordering", "matching");
    private static final Pattern PLUGIN_FILE = Pattern.compile("@@PLUGINFILE@@/([^\"'\\s>]+)");

    @TempDir
    Path project;

    @Test
    void everyKindMatchesTheGoldenFileElementByElement() throws Exception {
        Path source = ExportCourses.everyKind(project);
        GeneratorConfig config = ExportCourses.config(source, project).siteTitle("Course: one")
                .exportFormats(List.of("moodle")).build();
        ExportResult result = new QuizGenerator(config).export();
        Path exported = config.exportDirectory().resolve("moodle/week-1/every-kind.xml");
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN.getParent());
            Files.copy(exported, GOLDEN, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        Diff diff = DiffBuilder.compare(Input.fromFile(GOLDEN.toFile())).withTest(Input.fromFile(exported.toFile()))
                .ignoreWhitespace().checkForSimilar().build();
        assertFalse(diff.hasDifferences(), diff.fullDescription());
        assertEquals(List.of(
                "week-1/every-kind.md:5:10: warning: moodle: the introduction: link to other.md kept as its text:"
                        + " another bank has no page to lead to in the moodle export",
                "week-1/every-kind.md:54:1: warning: moodle: question q10: the formatting of 'emphasis' left out:"
                        + " Moodle shows the right-hand sides of matching pairs as plain text"),
                result.warnings().stream().map(Diagnostic::toString).toList());
    }

    @Test
    void everyExportedFileIsWellFormedWithEveryQuestionAndEveryFileItNames() throws Exception {
        check(ExportCourses.config(ExportCourses.everyKind(project), project));
        check(ExportCourses.config(ExportCourses.SAMPLE_SOURCE, project.resolve("sample")));
        check(ExportCourses.config(ExportCourses.FORMAT_EXAMPLES, project.resolve("examples")));
    }

    private void check(GeneratorConfig.Builder builder) throws Exception {
        GeneratorConfig config = builder.exportFormats(List.of("moodle")).build();
        QuizGenerator generator = new QuizGenerator(config);
        generator.export();
        Course course = generator.read();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        for (Quiz quiz : course.quizzes()) {
            Path file = config.exportDirectory().resolve("moodle/" + quiz.id() + ".xml");
            Document document = factory.newDocumentBuilder().parse(file.toFile());
            Element root = document.getDocumentElement();
            assertEquals("quiz", root.getTagName());
            List<Element> questions = children(root, "question");
            assertEquals("category", questions.get(0).getAttribute("type"));
            List<String> ids = new ArrayList<>();
            for (Element question : questions) {
                assertTrue(TYPES.contains(question.getAttribute("type")), question.getAttribute("type"));
                children(question, "idnumber").forEach(id -> ids.add(id.getTextContent()));
            }
            assertEquals(quiz.questions().stream().map(q -> q.id()).toList(), ids, file + ": every question, in order");
            checkFiles(root, config.sourceDirectory().resolve(quiz.id()).getParent());
        }
    }

    /** Each @@PLUGINFILE@@ name has its {@code <file>} in the same field, with the bytes of a course file. */
    private static void checkFiles(Element root, Path bankFolder) throws Exception {
        NodeList texts = root.getElementsByTagName("text");
        for (int i = 0; i < texts.getLength(); i++) {
            Element field = (Element) texts.item(i).getParentNode();
            Matcher names = PLUGIN_FILE.matcher(texts.item(i).getTextContent());
            Set<String> carried = new HashSet<>();
            for (Element file : children(field, "file")) {
                assertEquals("/", file.getAttribute("path"));
                assertEquals("base64", file.getAttribute("encoding"));
                carried.add(file.getAttribute("name"));
                byte[] bytes = Base64.getDecoder().decode(file.getTextContent());
                assertTrue(sameAsACourseFile(bytes, bankFolder), file.getAttribute("name"));
            }
            while (names.find()) {
                String name = URLDecoder.decode(names.group(1), StandardCharsets.UTF_8);
                assertTrue(carried.contains(name), name + " is carried in <" + field.getTagName() + ">");
            }
        }
    }

    private static boolean sameAsACourseFile(byte[] bytes, Path folder) throws Exception {
        try (var files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                if (java.util.Arrays.equals(bytes, Files.readAllBytes(file))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> children = new ArrayList<>();
        for (org.w3c.dom.Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && element.getTagName().equals(name)) {
                children.add(element);
            }
        }
        return children;
    }
}

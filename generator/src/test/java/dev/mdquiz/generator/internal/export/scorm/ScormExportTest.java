package dev.mdquiz.generator.internal.export.scorm;

import dev.mdquiz.generator.Diagnostic;
import dev.mdquiz.generator.ExportResult;
import dev.mdquiz.generator.GeneratorConfig;
import dev.mdquiz.generator.QuizBuildException;
import dev.mdquiz.generator.QuizGenerator;
import dev.mdquiz.generator.internal.key.Sha256;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The SCORM 1.2 package of a bank: its files, its manifest (ADL SCORM 1.2 CAM), its page, the same bytes every time. */
class ScormExportTest {
    private static final String CP = "http://www.imsproject.org/xsd/imscp_rootv1p1p2";
    private static final String ADL = "http://www.adlnet.org/xsd/adlcp_rootv1p2";
    private static final String GRADED = """
            ---
            pass: 60%
            ---
            # Graded & tested

            ![A dot](img/dot.svg) <img src="img/raw dot.svg" alt="Another dot">

            **1.** The capital of Peru is [[Lima]].

            **2.** Pick b, then read [the other quiz](../ungraded.md) or [the first question](graded.md#q1) again.

            - [ ] a
            - [x] b
            """;
    private static final String UNGRADED = "# Ungraded\n\n**1.** Pick a.\n\n- [x] a\n- [ ] b\n";

    @TempDir
    Path project;

    @BeforeEach
    void course() throws IOException {
        write("week1/graded.md", GRADED);
        write("week1/img/dot.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        write("week1/img/raw dot.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><title>raw</title></svg>");
        write("ungraded.md", UNGRADED);
    }

    private void write(String path, String content) throws IOException {
        Path file = project.resolve("src/quiz").resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    private ExportResult export() throws QuizBuildException {
        return new QuizGenerator(GeneratorConfig.builder(project.resolve("src/quiz"), project.resolve("target/site"))
                .displayRoot(project).buildDirectory(project.resolve("target")).siteTitle("Test course")
                .exportFormats(List.of("scorm")).build()).export();
    }

    private byte[] zip(String quizId) throws IOException {
        return Files.readAllBytes(project.resolve("target/quiz-export/scorm").resolve(quizId + ".zip"));
    }

    /** Entries by name, in zip order. */
    private static Map<String, byte[]> entries(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                assertEquals(LocalDateTime.of(1980, 2, 1, 0, 0), entry.getTimeLocal(), entry.getName());
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    private static Document xml(byte[] bytes) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
    }

    private static List<Element> elements(Document document, String namespace, String name) {
        NodeList nodes = document.getElementsByTagNameNS(namespace, name);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    @Test
    void aPackageHoldsItsManifestThePageAndTheFilesThePageShows() throws Exception {
        export();
        Map<String, byte[]> entries = entries(zip("week1/graded"));
        assertEquals(List.of("imsmanifest.xml", "week1/graded.html", "week1/img/dot.svg", "week1/img/raw dot.svg"),
                List.copyOf(entries.keySet()), "manifest first, then the page, then what it links to, in order");
        assertArrayEquals(Files.readAllBytes(project.resolve("src/quiz/week1/img/raw dot.svg")),
                entries.get("week1/img/raw dot.svg"));
    }

    @Test
    void theManifestDescribesOneScoAsScorm12Says() throws Exception {
        export();
        Document manifest = xml(entries(zip("week1/graded")).get("imsmanifest.xml"));
        Element root = manifest.getDocumentElement();
        assertEquals(CP, root.getNamespaceURI());
        assertEquals("manifest", root.getLocalName());
        assertTrue(root.getAttribute("identifier").matches("[A-Za-z_][\\w.-]*"), "an XML name");
        assertEquals("ADL SCORM", elements(manifest, CP, "schema").get(0).getTextContent());
        assertEquals("1.2", elements(manifest, CP, "schemaversion").get(0).getTextContent());

        Element organizations = elements(manifest, CP, "organizations").get(0);
        List<Element> organization = elements(manifest, CP, "organization");
        assertEquals(1, organization.size());
        assertEquals(organizations.getAttribute("default"), organization.get(0).getAttribute("identifier"));
        assertEquals("Test course", ((Element) organization.get(0).getElementsByTagNameNS(CP, "title").item(0))
                .getTextContent());
        List<Element> items = elements(manifest, CP, "item");
        assertEquals(1, items.size(), "one SCO");
        Element item = items.get(0);
        assertEquals("Graded & tested", ((Element) item.getElementsByTagNameNS(CP, "title").item(0)).getTextContent());
        assertEquals("60", elements(manifest, ADL, "masteryscore").get(0).getTextContent(), "the pass mark");

        List<Element> resources = elements(manifest, CP, "resource");
        assertEquals(1, resources.size());
        Element resource = resources.get(0);
        assertEquals(item.getAttribute("identifierref"), resource.getAttribute("identifier"));
        assertEquals("webcontent", resource.getAttribute("type"));
        assertEquals("sco", resource.getAttributeNS(ADL, "scormtype"));
        assertEquals("week1/graded.html", resource.getAttribute("href"));
        List<String> files = elements(manifest, CP, "file").stream().map(file -> file.getAttribute("href")).toList();
        assertEquals(List.of("week1/graded.html", "week1/img/dot.svg", "week1/img/raw%20dot.svg"), files,
                "every file of the package, as URLs");
    }

    @Test
    void aPackagedQuizWithCodeQuestionsCarriesTheirScriptAndStyleAfterTheBridge() throws Exception {
        write("parsons.md", "**1.** Order the lines.\n\n```python order\nx = 1\nprint(x)\n```\n");
        export();
        String page = new String(entries(zip("parsons")).get("parsons.html"), StandardCharsets.UTF_8);
        Matcher script = Pattern.compile("<script>(.*?)</script>", Pattern.DOTALL).matcher(page);
        assertTrue(script.find());
        String inline = script.group(1);
        int bridge = inline.indexOf("LMSInitialize");
        int code = inline.indexOf("function mdquizCodeKinds");
        assertTrue(bridge >= 0 && bridge < code && code < inline.indexOf("window.mdquizCodeKinds"),
                "the bridge, then code.js, then the page script that adds its kinds");
        assertTrue(page.contains("script-src " + Sha256.cspSource(inline)), "the policy allows exactly that script");
        Matcher style = Pattern.compile("<style>(.*?)</style>", Pattern.DOTALL).matcher(page);
        assertTrue(style.find() && style.group(1).contains(".ordering-code"), "code.css");
        assertTrue(page.contains("style-src " + Sha256.cspSource(style.group(1))), "the policy allows exactly that style");
        String plain = new String(entries(zip("ungraded")).get("ungraded.html"), StandardCharsets.UTF_8);
        assertFalse(plain.contains("function mdquizCodeKinds") || plain.contains(".ordering-code "),
                "a package without code questions carries neither");
    }

    @Test
    void aQuizWithoutPassMarkHasNoMasteryScore() throws Exception {
        export();
        Document manifest = xml(entries(zip("ungraded")).get("imsmanifest.xml"));
        assertTrue(elements(manifest, ADL, "masteryscore").isEmpty());
        assertEquals("ungraded.html", elements(manifest, CP, "resource").get(0).getAttribute("href"));
    }

    @Test
    void thePageIsTheSitesWithTheBridgeAndWithoutTheCourseAround() throws Exception {
        export();
        String page = new String(entries(zip("week1/graded")).get("week1/graded.html"), StandardCharsets.UTF_8);
        assertFalse(page.contains("<nav class=\"site-nav\""), "no link to the course's index, which the package does not hold");
        assertFalse(page.contains("Lima"), "keys stay hashed: the answer is not in the page");
        Matcher script = Pattern.compile("<script>(.*?)</script>", Pattern.DOTALL).matcher(page);
        assertTrue(script.find());
        String inline = script.group(1);
        assertTrue(inline.contains("LMSInitialize") && inline.indexOf("LMSInitialize") < inline.indexOf("mdquizKeys"),
                "the bridge runs before the page script");
        assertTrue(page.contains("script-src " + Sha256.cspSource(inline)), "the policy allows exactly that script");
        assertFalse(script.find(), "one inline script");

        new QuizGenerator(GeneratorConfig.builder(project.resolve("src/quiz"), project.resolve("target/site"))
                .siteTitle("Test course").build()).generate();
        String sitePage = Files.readString(project.resolve("target/site/week1/graded.html"));
        assertFalse(sitePage.contains("LMSInitialize"), "the site's pages carry no bridge");
        assertTrue(sitePage.contains("<nav class=\"site-nav\""));
    }

    @Test
    void aLinkToAnotherQuizIsWarnedAboutOneToThisQuizIsNot() throws Exception {
        List<Diagnostic> warnings = export().warnings();
        assertEquals(1, warnings.size(), warnings.toString());
        Diagnostic warning = warnings.get(0);
        assertEquals("src/quiz/week1/graded.md", warning.path());
        assertEquals(10, warning.line());
        assertTrue(warning.message().startsWith("scorm: the link to '../ungraded.md' leads to another quiz"),
                warning.message());
    }

    @Test
    void thePackageIsTheSameEveryTime() throws Exception {
        export();
        byte[] first = zip("week1/graded");
        Path source = project.resolve("src/quiz/week1/graded.md");
        Files.setLastModifiedTime(source, FileTime.fromMillis(Files.getLastModifiedTime(source).toMillis() + 60_000));
        Files.delete(project.resolve("target/quiz-export/scorm/week1/graded.zip"));
        export();
        assertArrayEquals(first, zip("week1/graded"));
    }
}

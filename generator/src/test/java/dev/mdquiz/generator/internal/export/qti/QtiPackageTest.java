package dev.mdquiz.generator.internal.export.qti;

import dev.mdquiz.generator.internal.export.ExportFormats;
import dev.mdquiz.generator.model.Quiz;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The zip as a content package: a manifest whose resources are in the zip, well-formed XML, the same bytes. */
class QtiPackageTest {
    private static final String CP = QtiPackage.CP_NAMESPACE;

    @TempDir
    Path output;

    @Test
    void everyFileTheManifestNamesIsInTheZipAndEveryEntryIsListed() throws Exception {
        ExportFixture course = ExportFixture.course("export/qti/course", output);
        for (Quiz quiz : course.quizzes()) {
            Map<String, byte[]> zip = ExportFixture.entries(new QtiFormat().write(course.bank(quiz.id())));
            Document manifest = parse("imsmanifest.xml", zip.get("imsmanifest.xml"));
            Set<String> named = new HashSet<>();
            Set<String> identifiers = new HashSet<>();
            for (Element resource : elements(manifest, CP, "resource")) {
                identifiers.add(resource.getAttribute("identifier"));
                if (resource.hasAttribute("href")) {
                    assertTrue(zip.containsKey(resource.getAttribute("href")),
                            quiz.id() + ": the manifest's resource " + resource.getAttribute("href") + " is not in the zip");
                }
                for (Element file : children(resource, CP, "file")) {
                    String href = file.getAttribute("href");
                    assertTrue(zip.containsKey(href), quiz.id() + ": the manifest's file " + href + " is not in the zip");
                    named.add(href);
                }
            }
            for (Element dependency : elements(manifest, CP, "dependency")) {
                assertTrue(identifiers.contains(dependency.getAttribute("identifierref")),
                        quiz.id() + ": a dependency on a resource the manifest lacks: "
                                + dependency.getAttribute("identifierref"));
            }
            Set<String> unlisted = new HashSet<>(zip.keySet());
            unlisted.removeAll(named);
            assertEquals(Set.of("imsmanifest.xml"), unlisted, quiz.id() + ": zip entries the manifest does not list");
            zip.forEach((name, bytes) -> {
                if (name.endsWith(".xml")) {
                    parse(quiz.id() + ": " + name, bytes);
                }
            });
        }
    }

    @Test
    void imagesAndLinkedFilesTravelInThePackageWithTheirBytes() throws Exception {
        ExportFixture course = ExportFixture.course("export/qti/course", output);
        Map<String, byte[]> zip = ExportFixture.entries(new QtiFormat().write(course.bank("images")));
        Path source = Path.of(QtiPackageTest.class.getResource("/export/qti/course").toURI());
        for (String file : List.of("img/triangle.svg", "img/square one.svg", "img/glossary.txt")) {
            assertArrayEquals(Files.readAllBytes(source.resolve(file)),
                    zip.get("web_resources/" + file), file);
        }
    }

    @Test
    void theSameBankGivesTheSameBytesWithFixedEntryTimesInAFixedOrder() throws Exception {
        ExportFixture course = ExportFixture.course("export/qti/course", output);
        byte[] first = new QtiFormat().write(course.bank("images"));
        byte[] second = new QtiFormat().write(course.bank("images"));
        assertArrayEquals(first, second);
        List<ZipEntry> entries = ExportFixture.zipEntries(first);
        assertEquals("imsmanifest.xml", entries.get(0).getName());
        for (ZipEntry entry : entries) {
            assertEquals(LocalDateTime.of(1980, 2, 1, 0, 0), entry.getTimeLocal(), entry.getName());
        }
    }

    @Test
    void quizExportKnowsTheFormatAsQti() {
        assertTrue(ExportFormats.names().contains("qti"));
        assertEquals(List.of("qti"), ExportFormats.chosen(List.of(" QTI ")));
    }

    static Document parse(String name, byte[] xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        } catch (SAXException e) {
            throw new AssertionError(name + " is not well-formed XML: " + e.getMessage(), e);
        } catch (ParserConfigurationException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Element> elements(Document document, String namespace, String name) {
        NodeList nodes = document.getElementsByTagNameNS(namespace, name);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    static List<Element> children(Element parent, String namespace, String name) {
        List<Element> children = new ArrayList<>();
        for (org.w3c.dom.Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && namespace.equals(element.getNamespaceURI())
                    && name.equals(element.getLocalName())) {
                children.add(element);
            }
        }
        return children;
    }
}

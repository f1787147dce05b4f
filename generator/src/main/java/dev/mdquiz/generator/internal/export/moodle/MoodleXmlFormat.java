package dev.mdquiz.generator.internal.export.moodle;

import dev.mdquiz.generator.internal.export.ExportBank;
import dev.mdquiz.generator.internal.export.ExportFormat;
import dev.mdquiz.generator.internal.export.XmlBytes;
import org.w3c.dom.Document;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;

/**
 * Moodle XML (https://docs.moodle.org/en/Moodle_XML_format): a {@code <quiz>} holding the bank's category and
 * then a {@code <question>} per question, each kind as Moodle's matching question type (see docs/export.md). Text
 * is the page's HTML ({@code format="html"}), images and linked course files travel inside the file as base64
 * {@code <file>}s referred to as {@code @@PLUGINFILE@@/name}. Built as a DOM and written by the JDK's transformer.
 */
public final class MoodleXmlFormat implements ExportFormat {
    @Override
    public String name() {
        return "moodle";
    }

    @Override
    public String extension() {
        return ".xml";
    }

    @Override
    public byte[] write(ExportBank bank) throws IOException {
        Document document = newDocument();
        new MoodleQuiz(bank, document).write();
        return XmlBytes.of(document, "text");
    }

    private static Document newDocument() throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            return factory.newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IOException("no XML document builder: " + e.getMessage(), e);
        }
    }
}

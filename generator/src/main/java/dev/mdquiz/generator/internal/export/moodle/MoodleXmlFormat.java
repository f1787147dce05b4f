package dev.mdquiz.generator.internal.export.moodle;

import dev.mdquiz.generator.internal.export.ExportBank;
import dev.mdquiz.generator.internal.export.ExportFormat;
import org.w3c.dom.Document;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Moodle XML (https://docs.moodle.org/en/Moodle_XML_format): a {@code <quiz>} holding the bank's category and
 * then a {@code <question>} per question, each kind as Moodle's matching question type (see docs/export.md). Text
 * is the page's HTML ({@code format="html"}), images and linked course files travel inside the file as base64
 * {@code <file>}s referred to as {@code @@PLUGINFILE@@/name}. Built as a DOM and written by the JDK's transformer.
 */
public final class MoodleXmlFormat implements ExportFormat {
    private static final byte[] DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            .getBytes(StandardCharsets.UTF_8);

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
        return serialize(document);
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

    private static byte[] serialize(Document document) throws IOException {
        try {
            TransformerFactory factory = TransformerFactory.newInstance();
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            Transformer transformer = factory.newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            // the JDK writes no line break after its declaration: this one has it, as Moodle's own files do
            transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            transformer.setOutputProperty(OutputKeys.INDENT, "yes");
            transformer.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
            transformer.setOutputProperty(OutputKeys.CDATA_SECTION_ELEMENTS, "text");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes(DECLARATION);
            transformer.transform(new DOMSource(document), new StreamResult(out));
            return out.toByteArray();
        } catch (TransformerException e) {
            throw new IOException("cannot write Moodle XML: " + e.getMessage(), e);
        }
    }
}

package dev.mdquiz.generator.internal.export.qti;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

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
import java.nio.charset.StandardCharsets;

/**
 * One XML document of the package, built with the JDK's DOM in a single namespace and written as indented UTF-8:
 * escaping is the serializer's, never ours.
 */
final class XmlTree {
    static final String XSI = XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI;

    private static final byte[] DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            .getBytes(StandardCharsets.UTF_8);

    private final Document document;
    private final String namespace;

    private XmlTree(Document document, String namespace) {
        this.document = document;
        this.namespace = namespace;
    }

    /** A document whose root is {@code root} in {@code namespace}, with its schema's location. */
    static XmlTree of(String namespace, String root, String schemaLocation) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            Document document = factory.newDocumentBuilder().newDocument();
            document.setXmlStandalone(true);
            XmlTree tree = new XmlTree(document, namespace);
            Element element = document.createElementNS(namespace, root);
            element.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:xsi", XSI);
            element.setAttributeNS(XSI, "xsi:schemaLocation", schemaLocation);
            document.appendChild(element);
            return tree;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser cannot be configured", e);
        }
    }

    Element root() {
        return document.getDocumentElement();
    }

    /** A new child of {@code parent}, in the document's namespace, with attributes given as name, value, ... */
    Element add(Element parent, String name, String... attributes) {
        Element element = document.createElementNS(namespace, name);
        for (int i = 0; i < attributes.length; i += 2) {
            element.setAttribute(attributes[i], attributes[i + 1]);
        }
        parent.appendChild(element);
        return element;
    }

    /** A new child holding only text. */
    Element text(Element parent, String name, String text, String... attributes) {
        Element element = add(parent, name, attributes);
        element.setTextContent(text);
        return element;
    }

    byte[] bytes() {
        try {
            TransformerFactory factory = TransformerFactory.newInstance();
            factory.setAttribute("indent-number", 2);
            Transformer transformer = factory.newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            // the JDK writes no line break after its own declaration, so the declaration is written here
            transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            transformer.setOutputProperty(OutputKeys.INDENT, "yes");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes(DECLARATION);
            transformer.transform(new DOMSource(document), new StreamResult(out));
            return out.toByteArray();
        } catch (TransformerException e) {
            throw new IllegalStateException("the JDK's XML serializer failed on a document built in memory", e);
        }
    }
}

package dev.mdquiz.generator.internal.export.qti;

import dev.mdquiz.generator.internal.export.XmlBytes;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

/**
 * One XML document of the package, built with the JDK's DOM in a single namespace and written as indented UTF-8:
 * escaping is the serializer's, never ours.
 */
final class XmlTree {
    static final String XSI = XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI;

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
        return XmlBytes.of(document);
    }
}

package dev.mdquiz.generator.internal.export.scorm;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;

/**
 * A SCORM 1.2 package's {@code imsmanifest.xml} for one SCO (ADL SCORM 1.2 Content Aggregation Model, 2.3 Content
 * Packaging): metadata naming ADL SCORM 1.2, one organization with one item that launches the resource, and the
 * resource with every file of the package.
 *
 * @param identifier   the manifest's identifier, the same for every export of this quiz in this course
 * @param courseTitle  the organization's title: the course's, as the other formats name it
 * @param title        the item's title
 * @param launch       the page the LMS opens, relative to the package's root
 * @param files        every file of the package but the manifest, relative to its root, in package order
 * @param masteryScore the pass mark in percent, or -1 for none
 */
record ScormManifest(String identifier, String courseTitle, String title, String launch, List<String> files,
                            int masteryScore) {
    private static final String CONTENT_PACKAGING = "http://www.imsproject.org/xsd/imscp_rootv1p1p2";
    private static final String ADL = "http://www.adlnet.org/xsd/adlcp_rootv1p2";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    private static final String METADATA = "http://www.imsglobal.org/xsd/imsmd_rootv1p2p1";

    String xml() {
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            line(xml, 0);
            xml.writeStartElement("manifest");
            xml.writeDefaultNamespace(CONTENT_PACKAGING);
            xml.writeNamespace("adlcp", ADL);
            xml.writeNamespace("xsi", XSI);
            xml.writeAttribute("identifier", identifier);
            xml.writeAttribute("version", "1.0");
            xml.writeAttribute(XSI, "schemaLocation", CONTENT_PACKAGING + " imscp_rootv1p1p2.xsd "
                    + METADATA + " imsmd_rootv1p2p1.xsd " + ADL + " adlcp_rootv1p2.xsd");
            line(xml, 1);
            xml.writeStartElement("metadata");
            element(xml, 2, "schema", "ADL SCORM");
            element(xml, 2, "schemaversion", "1.2");
            end(xml, 1);
            line(xml, 1);
            xml.writeStartElement("organizations");
            xml.writeAttribute("default", "course");
            line(xml, 2);
            xml.writeStartElement("organization");
            xml.writeAttribute("identifier", "course");
            element(xml, 3, "title", courseTitle);
            line(xml, 3);
            xml.writeStartElement("item");
            xml.writeAttribute("identifier", "quiz");
            xml.writeAttribute("identifierref", "page");
            xml.writeAttribute("isvisible", "true");
            element(xml, 4, "title", title);
            if (masteryScore >= 0) {
                // lets the LMS judge passed or failed from the score as the page does
                line(xml, 4);
                xml.writeStartElement("adlcp", "masteryscore", ADL);
                xml.writeCharacters(Integer.toString(masteryScore));
                xml.writeEndElement();
            }
            end(xml, 3);
            end(xml, 2);
            end(xml, 1);
            line(xml, 1);
            xml.writeStartElement("resources");
            line(xml, 2);
            xml.writeStartElement("resource");
            xml.writeAttribute("identifier", "page");
            xml.writeAttribute("type", "webcontent");
            xml.writeAttribute("adlcp", ADL, "scormtype", "sco");
            xml.writeAttribute("href", href(launch));
            for (String file : files) {
                line(xml, 3);
                xml.writeEmptyElement("file");
                xml.writeAttribute("href", href(file));
            }
            end(xml, 2);
            end(xml, 1);
            end(xml, 0);
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write imsmanifest.xml: " + e.getMessage(), e);
        }
        return text + "\n";
    }

    /** A file's path as a relative URL: spaces, {@code #} and letters beyond ASCII escaped. */
    static String href(String path) {
        try {
            // "./" keeps a ':' in the first segment from reading as a scheme
            String encoded = new URI(null, null, "./" + path, null).toASCIIString();
            return encoded.substring(2);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a path: " + path, e);
        }
    }

    private static void element(XMLStreamWriter xml, int depth, String name, String text) throws XMLStreamException {
        line(xml, depth);
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void end(XMLStreamWriter xml, int depth) throws XMLStreamException {
        line(xml, depth);
        xml.writeEndElement();
    }

    private static void line(XMLStreamWriter xml, int depth) throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }
}

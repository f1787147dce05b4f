package dev.mdquiz.generator.internal.export;

import org.w3c.dom.Document;

import javax.xml.XMLConstants;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** A DOM document as the exports write it: UTF-8, indented by two spaces, escaping the JDK serializer's. */
public final class XmlBytes {
    private static final byte[] DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            .getBytes(StandardCharsets.UTF_8);

    private XmlBytes() {
    }

    /** @param cdataElements names of the elements whose text is written as CDATA sections */
    public static byte[] of(Document document, String... cdataElements) {
        try {
            TransformerFactory factory = TransformerFactory.newInstance();
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            Transformer transformer = factory.newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            // the JDK writes no line break after its own declaration, so the declaration is written here
            transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            transformer.setOutputProperty(OutputKeys.INDENT, "yes");
            transformer.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
            if (cdataElements.length > 0) {
                transformer.setOutputProperty(OutputKeys.CDATA_SECTION_ELEMENTS, String.join(" ", cdataElements));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes(DECLARATION);
            transformer.transform(new DOMSource(document), new StreamResult(out));
            return out.toByteArray();
        } catch (TransformerException e) {
            throw new IllegalStateException("the JDK's XML serializer failed on a document built in memory", e);
        }
    }
}

package dev.docloc.store;

import dev.docloc.DoclocException;
import java.io.StringReader;
import java.nio.file.Path;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A first pass over untrusted XML with a parser that supports no DTD and no external entities:
 * a DOCTYPE (and so any entity declaration, "billion laughs" included) is refused, and a file that
 * is not well-formed is reported with its line and column before any other reader sees it.
 */
public final class SafeXml {
    private static final XMLInputFactory FACTORY = factory();

    private SafeXml() {}

    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        return f;
    }

    /** Throws {@link DoclocException} unless {@code xml} is well-formed and has no DOCTYPE. */
    public static void check(Path file, String xml) {
        XMLStreamReader r = null;
        try {
            r = FACTORY.createXMLStreamReader(new StringReader(xml));
            while (r.hasNext()) {
                if (r.next() == XMLStreamConstants.DTD) {
                    var loc = r.getLocation();
                    throw new DoclocException(file, loc.getLineNumber(), loc.getColumnNumber(),
                            "a DOCTYPE is not allowed (DTDs and entity declarations are refused); remove it");
                }
            }
        } catch (XMLStreamException e) {
            var loc = e.getLocation();
            throw new DoclocException(file, loc == null ? 0 : loc.getLineNumber(), loc == null ? 0 : loc.getColumnNumber(),
                    "not well-formed XML: " + problem(e) + "; fix the file or put back a good copy of it (from version control, or the export it came from)");
        } finally {
            if (r != null) {
                try {
                    r.close();
                } catch (XMLStreamException ignored) {
                    // nothing to release
                }
            }
        }
    }

    /**
     * The XML parser's message on one line, without the position it starts with (an error names
     * the place with its file, line and column).
     */
    public static String problem(XMLStreamException e) {
        String s = e.getMessage();
        String m = s == null ? "" : s.replaceAll("(?s)^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message:\\s*", "");
        int nl = m.indexOf('\n');
        return (nl < 0 ? m : m.substring(0, nl)).strip();
    }
}

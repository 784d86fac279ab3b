package dev.docloc.store;

import dev.docloc.segment.Code;
import dev.docloc.segment.Part;
import dev.docloc.segment.Text;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;

/**
 * A locale's translation memory, {@code translations/<locale>/memory.tmx} (TMX 1.4b): every
 * (source, target) pair ever stored, so that a deleted, moved or restored sentence gets its
 * translation back. Codes are kept as TMX {@code bpt}/{@code ept}/{@code ph} with their Markdown.
 */
public final class Memory {
    /** One pair; the key is the source text with its codes' markup. */
    public record Entry(List<Part> source, List<Part> target) {}

    private final Map<String, Entry> entries;

    private Memory(Map<String, Entry> entries) {
        this.entries = entries;
    }

    public static Memory empty() {
        return new Memory(new LinkedHashMap<>());
    }

    public Map<String, Entry> entries() {
        return java.util.Collections.unmodifiableMap(entries);
    }

    /** Adds a pair; a newer target for the same source replaces the older one. Returns true when it changed. */
    public boolean add(List<Part> source, List<Part> target) {
        String key = key(source);
        Entry old = entries.get(key);
        if (old != null && key(old.target()).equals(key(target))) {
            return false;
        }
        entries.put(key, new Entry(source, target));
        return true;
    }

    /**
     * Up to {@code max} entries at least {@code min} similar to {@code source}, best first. Entries
     * whose length differs too much to reach {@code min} are skipped without comparing them.
     */
    public List<Entry> fuzzy(List<Part> source, double min, int max) {
        int n = Similarity.tokens(dev.docloc.segment.Parts.plainText(source)).size();
        List<Entry> out = new ArrayList<>();
        List<Double> scores = new ArrayList<>();
        for (Entry e : entries.values()) {
            int m = Similarity.tokens(dev.docloc.segment.Parts.plainText(e.source())).size();
            if (Math.min(n, m) < min * Math.max(n, m)) {
                continue;
            }
            double sim = Similarity.of(e.source(), source);
            if (sim >= min && sim < 1.0) {
                int at = 0;
                while (at < scores.size() && scores.get(at) >= sim) {
                    at++;
                }
                out.add(at, e);
                scores.add(at, sim);
            }
        }
        return out.subList(0, Math.min(max, out.size()));
    }

    public Entry exact(List<Part> source) {
        return entries.get(key(source));
    }

    /** The identity of content: text and codes' markup, not code ids. */
    public static String key(List<Part> parts) {
        StringBuilder sb = new StringBuilder();
        for (Part p : parts) {
            if (p instanceof Text t) {
                sb.append(t.text());
            } else if (p instanceof Code c) {
                sb.append('\u0001').append(c.kind().ordinal()).append(c.data()).append('\u0002');
            }
        }
        return sb.toString();
    }

    public static Memory read(Path file) {
        if (!Files.exists(file)) {
            return empty();
        }
        try {
            String xml = Files.readString(file);
            SafeXml.check(file, xml);
            return new Memory(parse(xml));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (XMLStreamException e) {
            throw new dev.docloc.DoclocException(file, 0, 0, "not a valid TMX file: " + e.getMessage());
        }
    }

    private static Map<String, Entry> parse(String xml) throws XMLStreamException {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        XMLStreamReader r = f.createXMLStreamReader(new StringReader(xml));
        Map<String, Entry> out = new LinkedHashMap<>();
        List<List<Part>> tuvs = new ArrayList<>();
        while (r.hasNext()) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("seg")) {
                tuvs.add(readSeg(r));
            } else if (ev == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("tu")) {
                if (tuvs.size() == 2) {
                    out.put(key(tuvs.get(0)), new Entry(tuvs.get(0), tuvs.get(1)));
                }
                tuvs.clear();
            }
        }
        return out;
    }

    private static List<Part> readSeg(XMLStreamReader r) throws XMLStreamException {
        List<Part> parts = new ArrayList<>();
        while (r.hasNext()) {
            int ev = r.next();
            if (ev == XMLStreamConstants.CHARACTERS) {
                parts.add(new Text(r.getText()));
            } else if (ev == XMLStreamConstants.START_ELEMENT) {
                String name = r.getLocalName();
                String id = r.getAttributeValue(null, name.equals("ph") ? "x" : "i");
                Code.Kind kind = name.equals("bpt") ? Code.Kind.OPEN : name.equals("ept") ? Code.Kind.CLOSE
                        : Code.Kind.PLACEHOLDER;
                parts.add(Code.of(id == null ? "" : id, kind, Code.Type.OTHER, r.getElementText()));
            } else if (ev == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("seg")) {
                break;
            }
        }
        return dev.docloc.segment.Parts.normalize(parts);
    }

    /** TMX 1.4b text, entries sorted by source so that diffs stay small. */
    public String toTmx(String sourceLocale, String locale) {
        StringWriter sw = new StringWriter();
        try {
            XMLStreamWriter w = javax.xml.stream.XMLOutputFactory.newFactory().createXMLStreamWriter(sw);
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            w.writeStartElement("tmx");
            w.writeAttribute("version", "1.4");
            w.writeCharacters("\n  ");
            w.writeEmptyElement("header");
            w.writeAttribute("creationtool", "docloc");
            w.writeAttribute("creationtoolversion", "1");
            w.writeAttribute("segtype", "sentence");
            w.writeAttribute("o-tmf", "docloc");
            w.writeAttribute("adminlang", "en");
            w.writeAttribute("srclang", sourceLocale);
            w.writeAttribute("datatype", "markdown");
            w.writeCharacters("\n  ");
            w.writeStartElement("body");
            List<String> keys = new ArrayList<>(entries.keySet());
            java.util.Collections.sort(keys);
            for (String k : keys) {
                Entry e = entries.get(k);
                w.writeCharacters("\n    ");
                w.writeStartElement("tu");
                tuv(w, sourceLocale, e.source());
                tuv(w, locale, e.target());
                w.writeCharacters("\n    ");
                w.writeEndElement();
            }
            w.writeCharacters("\n  ");
            w.writeEndElement();
            w.writeCharacters("\n");
            w.writeEndElement();
            w.writeCharacters("\n");
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return sw.toString();
    }

    private static void tuv(XMLStreamWriter w, String lang, List<Part> parts) throws XMLStreamException {
        w.writeCharacters("\n      ");
        w.writeStartElement("tuv");
        w.writeAttribute("xml:lang", lang);
        w.writeStartElement("seg");
        for (Part p : parts) {
            if (p instanceof Text t) {
                w.writeCharacters(t.text());
            } else if (p instanceof Code c) {
                String name = switch (c.kind()) {
                    case OPEN -> "bpt";
                    case CLOSE -> "ept";
                    case PLACEHOLDER -> "ph";
                };
                w.writeStartElement(name);
                w.writeAttribute(name.equals("ph") ? "x" : "i", c.id());
                w.writeCharacters(c.data());
                w.writeEndElement();
            }
        }
        w.writeEndElement();
        w.writeEndElement();
    }
}

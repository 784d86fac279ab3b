package dev.docloc.store;

import dev.docloc.DoclocException;
import dev.docloc.segment.Code;
import dev.docloc.segment.Part;
import dev.docloc.segment.Parts;
import dev.docloc.segment.Text;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;

/**
 * Reads and writes TMX 1.4b for exchange with other tools. Codes are {@code <bpt i x type>},
 * {@code <ept i>} and {@code <ph x type>} whose content is the code's Markdown; an opening or closing
 * code whose other half is in another segment is an {@code <it pos x type>}. The type is one of
 * TMX's recommended values where one fits ({@code bold}, {@code link}, {@code lb} ...), else
 * {@code x-} and docloc's name of it. Store locations and states
 * are {@code x-docloc-page}, {@code x-docloc-segment} and {@code x-docloc-state} properties.
 * Files are untrusted: {@link SafeXml#check} refuses DTDs before this reader sees them, and the
 * reader itself supports neither DTDs nor external entities.
 */
final class TmxFormat {
    static final String PAGE = "x-docloc-page";
    static final String SEGMENT = "x-docloc-segment";
    static final String STATE = "x-docloc-state";

    private static final XMLInputFactory INPUT = inputFactory();

    private TmxFormat() {}

    private static XMLInputFactory inputFactory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        return f;
    }

    /** The TMX text of {@code units}, in the given order. */
    static String write(String sourceLocale, String locale, List<TmxUnit> units) {
        StringWriter sw = new StringWriter();
        try {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(sw);
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            w.writeStartElement("tmx");
            w.writeAttribute("version", "1.4");
            w.writeCharacters("\n  ");
            header(w, sourceLocale);
            w.writeCharacters("\n  ");
            w.writeStartElement("body");
            for (TmxUnit u : units) {
                tu(w, sourceLocale, locale, u);
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

    private static void header(XMLStreamWriter w, String sourceLocale) throws XMLStreamException {
        w.writeEmptyElement("header");
        w.writeAttribute("creationtool", "docloc");
        w.writeAttribute("creationtoolversion", "1");
        w.writeAttribute("segtype", "sentence");
        w.writeAttribute("o-tmf", "docloc");
        w.writeAttribute("adminlang", "en");
        w.writeAttribute("srclang", sourceLocale);
        w.writeAttribute("datatype", "markdown");
    }

    private static void tu(XMLStreamWriter w, String sourceLocale, String locale, TmxUnit u) throws XMLStreamException {
        w.writeCharacters("\n    ");
        w.writeStartElement("tu");
        if (u.located()) {
            prop(w, PAGE, u.page());
            prop(w, SEGMENT, u.segment());
        }
        if (u.state() != null) {
            prop(w, STATE, u.state().id());
        }
        tuv(w, sourceLocale, u.source());
        tuv(w, locale, u.target());
        w.writeCharacters("\n    ");
        w.writeEndElement();
    }

    private static void prop(XMLStreamWriter w, String type, String value) throws XMLStreamException {
        w.writeCharacters("\n      ");
        w.writeStartElement("prop");
        w.writeAttribute("type", type);
        w.writeCharacters(value);
        w.writeEndElement();
    }

    private static void tuv(XMLStreamWriter w, String lang, List<Part> parts) throws XMLStreamException {
        w.writeCharacters("\n      ");
        w.writeStartElement("tuv");
        w.writeAttribute("xml:lang", lang);
        w.writeStartElement("seg");
        Set<String> paired = paired(parts);
        for (Part p : parts) {
            if (p instanceof Text t) {
                characters(w, t.text(), "ph");
            } else if (p instanceof Code c) {
                code(w, c, paired.contains(c.id()));
            }
        }
        w.writeEndElement();
        w.writeEndElement();
    }

    private static void code(XMLStreamWriter w, Code c, boolean paired) throws XMLStreamException {
        if (c.kind() == Code.Kind.PLACEHOLDER) {
            w.writeStartElement("ph");
            w.writeAttribute("x", c.id());
            type(w, c);
        } else if (!paired) {
            w.writeStartElement("it");
            w.writeAttribute("pos", c.kind() == Code.Kind.OPEN ? "begin" : "end");
            w.writeAttribute("x", c.id());
            type(w, c);
        } else if (c.kind() == Code.Kind.OPEN) {
            w.writeStartElement("bpt");
            w.writeAttribute("i", c.id());
            w.writeAttribute("x", c.id());
            type(w, c);
        } else {
            // TMX gives <ept> no type: it is its <bpt>'s
            w.writeStartElement("ept");
            w.writeAttribute("i", c.id());
        }
        characters(w, c.data(), "sub");
        w.writeEndElement();
    }

    /** The type of the element that stands for a character XML 1.0 cannot hold (its hex code in it). */
    static final String CHARACTER = "x-docloc-cp";

    /**
     * Writes {@code s} as character data, each char XML 1.0 cannot hold (a control character,
     * U+FFFE, U+FFFF, half a surrogate pair) as a {@code <ph>} (in a segment) or {@code <sub>} (in
     * a code's data) of type {@value #CHARACTER} holding its hex code, as XLIFF's {@code <cp>}
     * does: written raw, the file could not be read again, and every later extract stopped on it.
     */
    private static void characters(XMLStreamWriter w, String s, String element) throws XMLStreamException {
        char[] cs = s.toCharArray();
        int from = 0;
        for (int i = 0; i < cs.length; i++) {
            if (!XliffFile.xmlChar(cs, i)) {
                w.writeCharacters(s.substring(from, i));
                w.writeStartElement(element);
                w.writeAttribute("type", CHARACTER);
                w.writeCharacters(String.format("%04X", (int) cs[i]));
                w.writeEndElement();
                from = i + 1;
            }
        }
        w.writeCharacters(s.substring(from));
    }

    /** The char a {@value #CHARACTER} element's text stands for, or null when it is not one. */
    private static String character(String hex) {
        try {
            int c = Integer.parseInt(hex.strip(), 16);
            return c >= 0 && c <= 0xFFFF ? String.valueOf((char) c) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static void type(XMLStreamWriter w, Code c) throws XMLStreamException {
        if (c.type() != Code.Type.OTHER) {
            w.writeAttribute("type", tmxType(c.type()));
        }
    }

    /**
     * TMX's name of a code type: one of its recommended values ({@code bold}, {@code italic},
     * {@code link}, {@code image}, {@code lb}, {@code fnote}), else a user-defined {@code x-} name. Read back, so a memory saved and read again has the codes it had.
     */
    static String tmxType(Code.Type type) {
        return switch (type) {
            case STRONG -> "bold";
            case EMPHASIS -> "italic";
            case LINK -> "link";
            case IMAGE -> "image";
            case LINE_BREAK -> "lb";
            case FOOTNOTE_REF -> "fnote";
            default -> "x-" + type.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        };
    }

    /** The code type of a TMX {@code type} attribute; {@link Code.Type#OTHER} when absent or unknown. */
    static Code.Type codeType(String tmxType) {
        if (tmxType == null) {
            return Code.Type.OTHER;
        }
        for (Code.Type t : Code.Type.values()) {
            if (tmxType(t).equals(tmxType)) {
                return t;
            }
        }
        return Code.Type.OTHER;
    }

    /** Ids of codes whose opening and closing halves are both in {@code parts}. */
    private static Set<String> paired(List<Part> parts) {
        Set<String> open = new HashSet<>();
        Set<String> both = new HashSet<>();
        for (Code c : Parts.codes(parts)) {
            if (c.kind() == Code.Kind.OPEN) {
                open.add(c.id());
            } else if (c.kind() == Code.Kind.CLOSE && open.contains(c.id())) {
                both.add(c.id());
            }
        }
        return both;
    }

    /**
     * The units of a TMX file whose source is in {@code sourceLocale} and that have a translation
     * in {@code locale}; units without one, or with an empty one, are left out. A file that is not
     * well-formed, has a DOCTYPE or is not TMX stops with its line and column.
     */
    static List<TmxUnit> read(Path file, String xml, String sourceLocale, String locale) {
        return contents(file, xml, sourceLocale, locale).units();
    }

    /**
     * What a TMX file holds for a source and a target locale: the units {@link #read} returns, and
     * the languages it has, to tell a file for other languages from one without translations.
     *
     * @param units      the units with a source and a translation that is not empty
     * @param srclang    the {@code srclang} of the header, empty when none or {@code *all*}
     * @param headerLine the line of the header, 0 when none
     * @param languages  the {@code xml:lang} of every {@code <tuv>}, in the order first met
     * @param hasSource  true when a {@code <tuv>} is in the source locale
     * @param hasTarget  true when a {@code <tuv>} is in the target locale
     */
    record Contents(List<TmxUnit> units, String srclang, int headerLine, Set<String> languages, boolean hasSource,
                    boolean hasTarget) {
        Contents {
            units = List.copyOf(units);
            languages = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(languages));
        }
    }

    /** As {@link #read}, with the languages of the file. */
    static Contents contents(Path file, String xml, String sourceLocale, String locale) {
        SafeXml.check(file, xml);
        XMLStreamReader r = null;
        try {
            r = INPUT.createXMLStreamReader(new StringReader(xml));
            r.nextTag();
            if (!r.getLocalName().equals("tmx")) {
                throw error(file, r.getLocation(), "the root element is <" + r.getLocalName()
                        + ">, not <tmx>; pass a TMX file");
            }
            return new TmxReader(file, r, sourceLocale, locale).contents();
        } catch (XMLStreamException e) {
            throw error(file, e.getLocation(), "not a readable TMX file: " + e.getMessage());
        } finally {
            close(r);
        }
    }

    static DoclocException error(Path file, Location loc, String message) {
        return new DoclocException(file, loc == null ? 0 : loc.getLineNumber(), loc == null ? 0 : loc.getColumnNumber(),
                message);
    }

    private static void close(XMLStreamReader r) {
        if (r != null) {
            try {
                r.close();
            } catch (XMLStreamException ignored) {
                // nothing to release
            }
        }
    }

    /** True when the language tag {@code lang} names {@code locale} ({@code pt_BR}, {@code PT-br}). */
    static boolean sameLanguage(String lang, String locale) {
        return norm(lang).equals(norm(locale));
    }

    /** True when the primary language subtags are the same ({@code en-US} and {@code en}). */
    static boolean samePrimary(String lang, String locale) {
        return norm(lang).split("-")[0].equals(norm(locale).split("-")[0]);
    }

    private static String norm(String tag) {
        return tag == null ? "" : tag.replace('_', '-').toLowerCase(Locale.ROOT);
    }

    /** Reads the {@code <tu>}s of one file. */
    private static final class TmxReader {
        private final Path file;
        private final XMLStreamReader r;
        private final String sourceLocale;
        private final String locale;
        private String srclang;
        private String declared = "";
        private int headerLine;
        private final Set<String> languages = new java.util.LinkedHashSet<>();
        private boolean hasSource;
        private boolean hasTarget;
        private int synthetic;
        /** Types of the {@code <bpt>}s of the current segment, by {@code i}, for their {@code <ept>}s. */
        private final Map<String, Code.Type> openTypes = new HashMap<>();

        TmxReader(Path file, XMLStreamReader r, String sourceLocale, String locale) {
            this.file = file;
            this.r = r;
            this.sourceLocale = sourceLocale;
            this.locale = locale;
            this.srclang = sourceLocale;
        }

        Contents contents() throws XMLStreamException {
            List<TmxUnit> out = new ArrayList<>();
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("header")) {
                    header();
                } else if (ev == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("tu")) {
                    TmxUnit u = tu();
                    if (u != null) {
                        out.add(u);
                    }
                }
            }
            return new Contents(out, declared, headerLine, languages, hasSource, hasTarget);
        }

        private void header() {
            headerLine = r.getLocation().getLineNumber();
            String s = r.getAttributeValue(null, "srclang");
            if (s != null && !s.equals("*all*")) {
                srclang = s;
                declared = s;
            }
        }

        private TmxUnit tu() throws XMLStreamException {
            int line = r.getLocation().getLineNumber();
            Map<String, String> props = new HashMap<>();
            State state = null;
            List<Part> source = null;
            List<Part> target = null;
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("tu")) {
                    break;
                } else if (ev == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("prop")) {
                    String type = r.getAttributeValue(null, "type");
                    Location at = r.getLocation();
                    props.put(String.valueOf(type), r.getElementText().trim());
                    state = STATE.equals(type) ? state(props.get(type), at) : state;
                } else if (ev == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("tuv")) {
                    String lang = lang();
                    languages.add(lang);
                    List<Part> seg = tuv();
                    if (source == null && isSource(lang)) {
                        source = seg;
                        hasSource = true;
                    } else if (target == null && sameLanguage(lang, locale)) {
                        target = seg;
                        hasTarget = true;
                    }
                }
            }
            // an empty translation is no translation: it must never replace one
            return source == null || target == null || blank(target) ? null
                    : new TmxUnit(source, target, state, props.get(PAGE), props.get(SEGMENT), line);
        }

        /** True when {@code parts} are no more than white space: no code, no visible text. */
        private static boolean blank(List<Part> parts) {
            return parts.stream().allMatch(p -> p instanceof Text t && t.text().isBlank());
        }

        private State state(String value, Location at) {
            try {
                return State.fromId(value);
            } catch (IllegalArgumentException e) {
                throw error(file, at, "unknown " + STATE + " '" + value
                        + "'; use initial, translated, reviewed or final");
            }
        }

        private boolean isSource(String lang) {
            return sameLanguage(lang, srclang) || samePrimary(lang, sourceLocale) && samePrimary(srclang, sourceLocale);
        }

        private String lang() {
            String lang = r.getAttributeValue(javax.xml.XMLConstants.XML_NS_URI, "lang");
            if (lang == null) {
                lang = r.getAttributeValue(null, "lang");
            }
            return lang == null ? "" : lang;
        }

        /** The content of the {@code <seg>} of the current {@code <tuv>}. */
        private List<Part> tuv() throws XMLStreamException {
            List<Part> parts = List.of();
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("seg")) {
                    parts = seg();
                } else if (ev == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("tuv")) {
                    break;
                }
            }
            return parts;
        }

        private List<Part> seg() throws XMLStreamException {
            List<Part> parts = new ArrayList<>();
            openTypes.clear();
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA
                        || ev == XMLStreamConstants.SPACE) {
                    parts.add(new Text(r.getText()));
                } else if (ev == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("hi")) {
                    continue; // highlighting: its text is part of the segment
                } else if (ev == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("ph")
                        && CHARACTER.equals(r.getAttributeValue(null, "type"))) {
                    parts.add(new Text(characterElement()));
                } else if (ev == XMLStreamConstants.START_ELEMENT) {
                    parts.add(code(r.getLocalName()));
                } else if (ev == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("seg")) {
                    break;
                }
            }
            return Parts.normalize(parts);
        }

        private Code code(String name) throws XMLStreamException {
            Location at = r.getLocation();
            String i = r.getAttributeValue(null, "i");
            String x = r.getAttributeValue(null, "x");
            String pos = r.getAttributeValue(null, "pos");
            Code.Kind kind = switch (name) {
                case "bpt" -> Code.Kind.OPEN;
                case "ept" -> Code.Kind.CLOSE;
                case "it" -> "end".equals(pos) ? Code.Kind.CLOSE : Code.Kind.OPEN;
                case "ph", "ut" -> Code.Kind.PLACEHOLDER;
                default -> throw error(file, at, "unexpected <" + name + "> in <seg>; TMX 1.4b allows bpt, ept, it, "
                        + "ph, ut and hi there");
            };
            String id = name.equals("bpt") || name.equals("ept") ? i : x;
            if (id == null || id.isBlank()) {
                id = "tmx" + (++synthetic);
            }
            Code.Type type = name.equals("ept") ? openTypes.getOrDefault(id, Code.Type.OTHER)
                    : codeType(r.getAttributeValue(null, "type"));
            if (name.equals("bpt")) {
                openTypes.put(id, type);
            }
            return Code.of(id, kind, type, codeText());
        }

        /** The char of a {@value #CHARACTER} element, which is read to its end. */
        private String characterElement() throws XMLStreamException {
            Location at = r.getLocation();
            String c = character(r.getElementText());
            if (c == null) {
                throw error(file, at, "a <" + r.getLocalName() + " type=\"" + CHARACTER
                        + "\"> must hold the hex code of one character, as docloc writes it");
            }
            return c;
        }

        /** The text of a code element, the text of nested {@code <sub>}s included. */
        private String codeText() throws XMLStreamException {
            StringBuilder sb = new StringBuilder();
            int depth = 1;
            while (depth > 0) {
                int ev = r.next();
                if (ev == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("sub")
                        && CHARACTER.equals(r.getAttributeValue(null, "type"))) {
                    sb.append(characterElement());
                } else if (ev == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                } else if (ev == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                } else if (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA
                        || ev == XMLStreamConstants.SPACE) {
                    sb.append(r.getText());
                }
            }
            return sb.toString();
        }
    }
}

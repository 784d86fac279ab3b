package dev.docloc.glossary;

import dev.docloc.DoclocException;
import dev.docloc.report.Severity;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads TBX-Basic, v3 or v2, with StAX: no DTD, no external entities. Entries are collected first,
 * then validated by a {@link GlossaryBuilder}, because a v2 file declares its target locales only
 * by using them.
 */
final class TbxReader {
    private record Form(String text, String status) {
        boolean forbidden() {
            String s = status.toLowerCase(Locale.ROOT);
            return s.contains("deprecated") || s.contains("superseded") || s.contains("notrecommended");
        }

        boolean preferred() {
            return status.isEmpty() || status.toLowerCase(Locale.ROOT).startsWith("preferred");
        }
    }

    private record Lang(String locale, int line, int column, List<Form> forms) {
    }

    private static final class Entry {
        private final String id;
        private final int line;
        private final int column;
        private final List<String> notes = new ArrayList<>();
        private final List<Lang> langs = new ArrayList<>();
        private String definition = "";

        Entry(String id, int line, int column) {
            this.id = id;
            this.line = line;
            this.column = column;
        }
    }

    private final Path file;
    private final List<Entry> entries = new ArrayList<>();
    private final Map<String, Severity> severities = new LinkedHashMap<>();
    private String sourceLocale;
    private List<String> targetLocales;

    private TbxReader(Path file) {
        this.file = file;
    }

    static Glossary read(Path file) {
        byte[] bytes;
        try {
            // read whole first: a folder or an unreadable file is a read error, not an XML one
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw DoclocException.cannotRead(file, "the TBX file", e);
        }
        TbxReader reader = new TbxReader(file);
        try {
            reader.parse(factory().createXMLStreamReader(new ByteArrayInputStream(bytes)));
        } catch (XMLStreamException e) {
            Location at = e.getLocation();
            throw new DoclocException(file, at == null ? 0 : at.getLineNumber(), at == null ? 0 : at.getColumnNumber(),
                    "invalid TBX: " + dev.docloc.store.SafeXml.problem(e) + "; fix the XML", e);
        }
        return reader.build();
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        return factory;
    }

    private void parse(XMLStreamReader xml) throws XMLStreamException {
        Entry entry = null;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.DTD) {
                throw error(xml.getLocation(), "TBX files with a DOCTYPE are not accepted: remove the <!DOCTYPE ...> line");
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                entry = element(xml, entry);
            }
        }
    }

    private Entry element(XMLStreamReader xml, Entry entry) throws XMLStreamException {
        Location at = xml.getLocation();
        switch (xml.getLocalName()) {
            case "tbx", "martif" -> sourceLocale = lang(xml);
            case "p" -> header(text(xml), at);
            case "conceptEntry", "termEntry" -> {
                entry = new Entry(xml.getAttributeValue(null, "id"), at.getLineNumber(), at.getColumnNumber());
                entries.add(entry);
            }
            case "langSec", "langSet" -> inEntry(entry, at).langs.add(
                    new Lang(lang(xml), at.getLineNumber(), at.getColumnNumber(), new ArrayList<>()));
            case "descrip" -> definition(xml, inEntry(entry, at));
            case "note" -> inEntry(entry, at).notes.add(text(xml));
            case "term" -> currentLang(entry, at).forms().add(new Form(text(xml), ""));
            case "termNote" -> status(xml, entry, at);
            default -> { }
        }
        return entry;
    }

    private void definition(XMLStreamReader xml, Entry entry) throws XMLStreamException {
        if ("definition".equals(xml.getAttributeValue(null, "type"))) {
            String text = text(xml);
            if (entry.definition.isEmpty()) {
                entry.definition = text;
            }
        }
    }

    private void status(XMLStreamReader xml, Entry entry, Location at) throws XMLStreamException {
        String type = xml.getAttributeValue(null, "type");
        if ("administrativeStatus".equals(type) || "normativeAuthorization".equals(type)) {
            List<Form> forms = currentLang(entry, at).forms();
            if (forms.isEmpty()) {
                throw error(at, "termNote before any term: put it after its <term>");
            }
            Form last = forms.remove(forms.size() - 1);
            forms.add(new Form(last.text(), text(xml)));
        }
    }

    private void header(String text, Location at) {
        try {
            docloc(text);
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            throw error(at, "unreadable docloc setting '" + text + "': write docloc:severity:<rule>=error|warning|info");
        }
    }

    private void docloc(String text) {
        if (text.startsWith(TbxFormat.DOCLOC + "targetLocales=")) {
            String value = text.substring(text.indexOf('=') + 1).strip();
            targetLocales = value.isEmpty() ? List.of() : List.of(value.split("\\s+"));
        } else if (text.startsWith(TbxFormat.DOCLOC + "severity:")) {
            String rule = text.substring((TbxFormat.DOCLOC + "severity:").length(), text.indexOf('='));
            if (!Glossary.DEFAULT_SEVERITIES.containsKey(rule)) {
                throw new IllegalArgumentException("unknown rule " + rule);
            }
            severities.put(rule, Severity.fromId(text.substring(text.indexOf('=') + 1).strip()));
        }
    }

    private Entry inEntry(Entry entry, Location at) {
        if (entry == null) {
            throw error(at, "element outside a conceptEntry: put it inside one");
        }
        return entry;
    }

    private Lang currentLang(Entry entry, Location at) {
        Entry e = inEntry(entry, at);
        if (e.langs.isEmpty()) {
            throw error(at, "term outside a langSec: put it inside <langSec xml:lang=\"...\">");
        }
        return e.langs.get(e.langs.size() - 1);
    }

    private static String lang(XMLStreamReader xml) {
        String lang = xml.getAttributeValue(XMLConstants.XML_NS_URI, "lang");
        return lang == null ? xml.getAttributeValue(null, "lang") : lang;
    }

    /** All text inside the current element, nested elements included. */
    private String text(XMLStreamReader xml) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        for (int depth = 1; depth > 0; ) {
            int event = xml.next();
            if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.SPACE) {
                text.append(xml.getText());
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                throw error(xml.getLocation(), "entity reference '&" + xml.getLocalName() + ";' is not allowed: write the character");
            }
        }
        return text.toString().strip();
    }

    private Glossary build() {
        if (sourceLocale == null) {
            throw new DoclocException(file, 1, 1, "the <tbx> element has no xml:lang: add the source language, e.g. xml:lang=\"en\"");
        }
        GlossaryBuilder.checkLocale(file, sourceLocale, 1, 1);
        List<String> targets = targetLocales != null ? targetLocales : usedTargets();
        if (targets.isEmpty()) {
            // glossary.yml requires targetLocales: the glossary would be written and then refused
            throw new DoclocException(file, 1, 1, "the TBX file names no target language (no term in another"
                    + " language than " + sourceLocale + ", no docloc:targetLocales setting), and a glossary needs"
                    + " its targetLocales: add the translations, or a <p>docloc:targetLocales=pt-BR de</p> in"
                    + " the header's <sourceDesc>");
        }
        GlossaryBuilder builder = new GlossaryBuilder(file, sourceLocale, targets, severities);
        for (Entry entry : entries) {
            builder.add(term(entry, builder), entry.line, entry.column);
        }
        return builder.build();
    }

    private List<String> usedTargets() {
        List<String> targets = new ArrayList<>();
        for (Entry entry : entries) {
            for (Lang lang : entry.langs) {
                if (lang.locale() != null && !isSource(lang) && !targets.contains(lang.locale())) {
                    targets.add(lang.locale());
                }
            }
        }
        return targets;
    }

    private boolean isSource(Lang lang) {
        return lang.locale().equalsIgnoreCase(sourceLocale);
    }

    private Term term(Entry entry, GlossaryBuilder builder) {
        List<String> sourceForms = new ArrayList<>();
        Map<String, List<String>> translations = new LinkedHashMap<>();
        Map<String, List<String>> forbidden = new LinkedHashMap<>();
        for (Lang lang : entry.langs) {
            if (lang.locale() == null) {
                throw new DoclocException(file, lang.line(), lang.column(), "langSec without xml:lang: add the language");
            }
            if (isSource(lang)) {
                sourceForms.addAll(approved(lang));
                continue;
            }
            builder.checkTargetLocale(lang.locale(), lang.line(), lang.column());
            addAll(translations, lang.locale(), approved(lang));
            addAll(forbidden, lang.locale(), lang.forms().stream().filter(Form::forbidden).map(Form::text).toList());
        }
        if (sourceForms.isEmpty()) {
            throw new DoclocException(file, entry.line, entry.column, "concept entry " + (entry.id == null ? "" : "'"
                    + entry.id + "' ") + "has no term in the source language " + sourceLocale + ": add one");
        }
        return new Term(entry.id, sourceForms.get(0), sourceForms.subList(1, sourceForms.size()), entry.definition,
                entry.notes.contains(TbxFormat.DOCLOC + "caseSensitive=true"),
                entry.notes.contains(TbxFormat.DOCLOC + "doNotTranslate=true"), severity(entry), translations, forbidden);
    }

    private static List<String> approved(Lang lang) {
        return lang.forms().stream().filter(f -> !f.forbidden() && !f.text().isEmpty())
                .sorted(Comparator.comparing(f -> !f.preferred())).map(Form::text).toList();
    }

    private static void addAll(Map<String, List<String>> map, String locale, List<String> forms) {
        if (!forms.isEmpty()) {
            map.computeIfAbsent(locale, l -> new ArrayList<>()).addAll(forms);
        }
    }

    private Severity severity(Entry entry) {
        for (String note : entry.notes) {
            if (note.startsWith(TbxFormat.DOCLOC + "severity=")) {
                try {
                    return Severity.fromId(note.substring(note.indexOf('=') + 1));
                } catch (IllegalArgumentException e) {
                    throw new DoclocException(file, entry.line, entry.column, "unknown severity in note '" + note
                            + "': use error, warning or info");
                }
            }
        }
        return null;
    }

    private DoclocException error(Location at, String message) {
        return new DoclocException(file, at.getLineNumber(), at.getColumnNumber(), message);
    }
}

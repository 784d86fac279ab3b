package dev.docloc.glossary;

import dev.docloc.report.Severity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Glossary exchange with CAT tools in TBX-Basic (ISO 30042).
 *
 * <pre><code>
 * try (Writer out = Files.newBufferedWriter(Path.of("glossary.tbx"))) {
 *     TbxFormat.write(Glossary.load(Path.of("glossary.yml")), out);
 * }
 * Glossary imported = TbxFormat.read(Path.of("from-memoq.tbx"));
 * </code></pre>
 *
 * <p>{@link #write} produces TBX v3 ({@code conceptEntry}/{@code langSec}/{@code termSec}): the
 * preferred form has the administrative status {@code preferredTerm-admn-sts}, other approved forms
 * {@code admittedTerm-admn-sts}, forbidden ones {@code deprecatedTerm-admn-sts}; the definition is a
 * {@code descrip} of the source language. What TBX-Basic has no place for (case sensitivity,
 * do-not-translate, severities, target locales) goes in {@code note}s and header paragraphs starting
 * with {@code docloc:}, so a round trip keeps everything. {@link #read} also accepts TBX v2
 * ({@code martif}, {@code termEntry}/{@code langSet}/{@code tig}); it reads no DTD and resolves
 * no external entity, and validates the result like {@link Glossary#load}.
 */
public final class TbxFormat {
    static final String NAMESPACE = "urn:iso:std:iso:30042:ed-2";
    static final String PREFERRED = "preferredTerm-admn-sts";
    static final String ADMITTED = "admittedTerm-admn-sts";
    static final String DEPRECATED = "deprecatedTerm-admn-sts";
    static final String DOCLOC = "docloc:";

    private TbxFormat() {
    }

    /** Writes {@code glossary} as TBX-Basic; the caller closes {@code out}. */
    public static void write(Glossary glossary, Writer out) {
        Objects.requireNonNull(glossary, "glossary must not be null");
        Objects.requireNonNull(out, "out must not be null");
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("tbx");
            xml.writeDefaultNamespace(NAMESPACE);
            xml.writeAttribute("type", "TBX-Basic");
            xml.writeAttribute("style", "dca");
            xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", glossary.sourceLocale());
            header(xml, glossary);
            body(xml, glossary);
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw new UncheckedIOException(new IOException("cannot write TBX: " + e.getMessage(), e));
        }
    }

    /**
     * Reads a TBX-Basic file (v3 or v2) into a validated glossary.
     *
     * @throws dev.docloc.DoclocException with line and column when the file is not well-formed XML,
     *     has a DTD, or does not make a valid glossary
     */
    public static Glossary read(Path file) {
        Objects.requireNonNull(file, "file must not be null");
        return TbxReader.read(file);
    }

    private static void header(XMLStreamWriter xml, Glossary glossary) throws XMLStreamException {
        xml.writeCharacters("\n  ");
        xml.writeStartElement("tbxHeader");
        xml.writeStartElement("fileDesc");
        xml.writeStartElement("sourceDesc");
        paragraph(xml, "docloc glossary");
        paragraph(xml, DOCLOC + "targetLocales=" + String.join(" ", glossary.targetLocales()));
        for (Map.Entry<String, Severity> e : glossary.severities().entrySet()) {
            paragraph(xml, DOCLOC + "severity:" + e.getKey() + "=" + e.getValue().id());
        }
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void body(XMLStreamWriter xml, Glossary glossary) throws XMLStreamException {
        xml.writeCharacters("\n  ");
        xml.writeStartElement("text");
        xml.writeStartElement("body");
        for (Term term : glossary.terms()) {
            entry(xml, glossary, term);
        }
        xml.writeCharacters("\n  ");
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void paragraph(XMLStreamWriter xml, String text) throws XMLStreamException {
        xml.writeStartElement("p");
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void entry(XMLStreamWriter xml, Glossary glossary, Term term) throws XMLStreamException {
        xml.writeCharacters("\n    ");
        xml.writeStartElement("conceptEntry");
        xml.writeAttribute("id", term.id());
        note(xml, term.caseSensitive(), "caseSensitive=true");
        note(xml, term.doNotTranslate(), "doNotTranslate=true");
        note(xml, term.severity() != null, "severity=" + (term.severity() == null ? "" : term.severity().id()));
        langSec(xml, glossary.sourceLocale(), term.definition(), forms(term.source(), term.sourceVariants()), List.of());
        for (String locale : glossary.targetLocales()) {
            if (!term.translationsFor(locale).isEmpty() || !term.forbiddenFor(locale).isEmpty()) {
                langSec(xml, locale, "", term.translationsFor(locale), term.forbiddenFor(locale));
            }
        }
        xml.writeCharacters("\n    ");
        xml.writeEndElement();
    }

    private static List<String> forms(String first, List<String> others) {
        List<String> forms = new java.util.ArrayList<>(others);
        forms.add(0, first);
        return forms;
    }

    private static void note(XMLStreamWriter xml, boolean write, String text) throws XMLStreamException {
        if (write) {
            xml.writeCharacters("\n      ");
            xml.writeStartElement("note");
            xml.writeCharacters(DOCLOC + text);
            xml.writeEndElement();
        }
    }

    private static void langSec(XMLStreamWriter xml, String locale, String definition, List<String> approved,
                                List<String> forbidden) throws XMLStreamException {
        xml.writeCharacters("\n      ");
        xml.writeStartElement("langSec");
        xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", locale);
        if (!definition.isEmpty()) {
            xml.writeCharacters("\n        ");
            xml.writeStartElement("descrip");
            xml.writeAttribute("type", "definition");
            xml.writeCharacters(definition);
            xml.writeEndElement();
        }
        for (int i = 0; i < approved.size(); i++) {
            termSec(xml, approved.get(i), i == 0 ? PREFERRED : ADMITTED);
        }
        for (String form : forbidden) {
            termSec(xml, form, DEPRECATED);
        }
        xml.writeCharacters("\n      ");
        xml.writeEndElement();
    }

    private static void termSec(XMLStreamWriter xml, String term, String status) throws XMLStreamException {
        xml.writeCharacters("\n        ");
        xml.writeStartElement("termSec");
        xml.writeStartElement("term");
        xml.writeCharacters(term);
        xml.writeEndElement();
        xml.writeStartElement("termNote");
        xml.writeAttribute("type", "administrativeStatus");
        xml.writeCharacters(status);
        xml.writeEndElement();
        xml.writeEndElement();
    }
}

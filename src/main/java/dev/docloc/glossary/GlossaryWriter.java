package dev.docloc.glossary;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import dev.docloc.report.Severity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a glossary as {@code glossary.yml}, in the format {@link Glossary#load} reads, leaving out
 * defaults, so that a glossary imported from TBX can be committed and edited by hand.
 */
public final class GlossaryWriter {
    private GlossaryWriter() {}

    public static void write(Glossary g, Writer out) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("sourceLocale", g.sourceLocale());
        root.put("targetLocales", g.targetLocales());
        if (!g.severities().isEmpty()) {
            Map<String, String> sev = new LinkedHashMap<>();
            g.severities().forEach((rule, s) -> sev.put(rule, s.id()));
            root.put("severities", sev);
        }
        List<Map<String, Object>> terms = new ArrayList<>();
        g.terms().forEach(t -> terms.add(term(t)));
        root.put("terms", terms);
        try {
            new ObjectMapper(new YAMLFactory().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                    .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES).disable(YAMLGenerator.Feature.SPLIT_LINES))
                    .writeValue(out, root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> term(Term t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("source", t.source());
        if (t.id() != null && !t.id().equals(Term.of(t.source()).id())) {
            m.put("id", t.id());
        }
        if (!t.sourceVariants().isEmpty()) {
            m.put("sourceVariants", t.sourceVariants());
        }
        if (t.definition() != null && !t.definition().isEmpty()) {
            m.put("definition", t.definition());
        }
        if (t.caseSensitive()) {
            m.put("caseSensitive", true);
        }
        if (t.doNotTranslate()) {
            m.put("doNotTranslate", true);
        }
        Severity s = t.severity();
        if (s != null) {
            m.put("severity", s.id());
        }
        if (!t.translations().isEmpty()) {
            m.put("translations", t.translations());
        }
        if (!t.forbidden().isEmpty()) {
            m.put("forbidden", t.forbidden());
        }
        return m;
    }
}

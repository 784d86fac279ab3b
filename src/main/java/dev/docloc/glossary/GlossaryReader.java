package dev.docloc.glossary;

import dev.docloc.DoclocException;
import dev.docloc.glossary.GlossaryNode.Field;
import dev.docloc.glossary.GlossaryNode.Kind;
import dev.docloc.parse.PageParser;
import dev.docloc.report.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Reads {@code glossary.yml} strictly: every problem stops with the file, line and column. */
final class GlossaryReader {
    private static final Set<String> TOP_KEYS = Set.of("sourceLocale", "targetLocales", "terms", "severities");
    private static final Set<String> TERM_KEYS = Set.of("source", "id", "sourceVariants", "definition",
            "caseSensitive", "doNotTranslate", "severity", "translations", "forbidden");

    private final Path file;

    private GlossaryReader(Path file) {
        this.file = file;
    }

    static Glossary read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw DoclocException.cannotRead(file, "the glossary", e);
        }
        // strict UTF-8, as every command that reads the glossary: invalid bytes stop the run with
        // their line and column
        return read(file, PageParser.decode(bytes, file));
    }

    /** The glossary of {@code text}, the file decoded (a byte order mark is skipped). */
    static Glossary read(Path file, String text) {
        GlossaryNode root = GlossaryNode.parse(file, text.startsWith("\uFEFF") ? text.substring(1) : text);
        return new GlossaryReader(file).glossary(root);
    }

    private Glossary glossary(GlossaryNode root) {
        Map<String, Field> top = fields(root, TOP_KEYS, "the glossary");
        Field sourceField = required(top, "sourceLocale", root);
        String sourceLocale = text(sourceField.value(), "sourceLocale");
        GlossaryBuilder.checkLocale(file, sourceLocale, sourceField.value().line(), sourceField.value().column());
        List<String> targets = targetLocales(required(top, "targetLocales", root).value(), sourceLocale);
        Map<String, Severity> severities = top.containsKey("severities")
                ? severities(top.get("severities").value()) : Map.of();
        GlossaryBuilder builder = new GlossaryBuilder(file, sourceLocale, targets, severities);
        GlossaryNode terms = required(top, "terms", root).value();
        for (GlossaryNode item : list(terms, "terms")) {
            builder.add(term(item, builder), item.line(), item.column());
        }
        return builder.build();
    }

    private List<String> targetLocales(GlossaryNode node, String sourceLocale) {
        List<String> locales = new ArrayList<>();
        for (GlossaryNode item : list(node, "targetLocales")) {
            String tag = text(item, "a target locale");
            GlossaryBuilder.checkLocale(file, tag, item.line(), item.column());
            // case-blind: pt-BR and pt-br are one locale, and one folder on some file systems
            if (locales.stream().anyMatch(tag::equalsIgnoreCase)) {
                throw error(item, "target locale '" + tag + "' is listed twice: remove one");
            }
            if (tag.equalsIgnoreCase(sourceLocale)) {
                throw error(item, "'" + tag + "' is the sourceLocale, not a target locale: remove it from targetLocales");
            }
            locales.add(tag);
        }
        if (locales.isEmpty()) {
            throw error(node, "targetLocales is empty: list the languages you translate into, e.g. [pt-BR, de]");
        }
        return locales;
    }

    private Map<String, Severity> severities(GlossaryNode node) {
        Map<String, Severity> severities = new LinkedHashMap<>();
        for (Field field : fields(node, Glossary.DEFAULT_SEVERITIES.keySet(), "severities").values()) {
            severities.put(field.name(), severity(field.value()));
        }
        return severities;
    }

    private Term term(GlossaryNode node, GlossaryBuilder builder) {
        Map<String, Field> f = fields(node, TERM_KEYS, "a term");
        String source = text(required(f, "source", node).value(), "source");
        if (source.isBlank()) {
            throw error(f.get("source").value(), "source is empty: write the source term");
        }
        return new Term(
                f.containsKey("id") ? text(f.get("id").value(), "id") : null,
                source.strip(),
                f.containsKey("sourceVariants") ? forms(f.get("sourceVariants").value(), "sourceVariants") : List.of(),
                f.containsKey("definition") ? text(f.get("definition").value(), "definition") : "",
                f.containsKey("caseSensitive") && bool(f.get("caseSensitive").value(), "caseSensitive"),
                f.containsKey("doNotTranslate") && bool(f.get("doNotTranslate").value(), "doNotTranslate"),
                f.containsKey("severity") ? severity(f.get("severity").value()) : null,
                f.containsKey("translations") ? byLocale(f.get("translations").value(), "translations", builder) : Map.of(),
                f.containsKey("forbidden") ? byLocale(f.get("forbidden").value(), "forbidden", builder) : Map.of());
    }

    private Map<String, List<String>> byLocale(GlossaryNode node, String what, GlossaryBuilder builder) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        if (node.kind() != Kind.MAP) {
            throw error(node, what + " must be a mapping from locale to forms (e.g. 'pt-BR: hipervisor'), found "
                    + node.typeName());
        }
        for (Field field : node.fields()) {
            builder.checkTargetLocale(field.name(), field.line(), field.column());
            map.put(field.name(), forms(field.value(), what + " for " + field.name()));
        }
        return map;
    }

    /** A form or a list of forms, none empty. */
    private List<String> forms(GlossaryNode node, String what) {
        List<GlossaryNode> items = node.kind() == Kind.LIST ? node.items() : List.of(node);
        List<String> forms = new ArrayList<>();
        for (GlossaryNode item : items) {
            String form = text(item, what).strip();
            if (form.isEmpty()) {
                throw error(item, what + " contains an empty form: remove it or write the term");
            }
            forms.add(form);
        }
        if (forms.isEmpty()) {
            throw error(node, what + " is an empty list: add a form or remove the key");
        }
        return forms;
    }

    private Severity severity(GlossaryNode node) {
        String id = text(node, "severity");
        try {
            return Severity.fromId(id);
        } catch (IllegalArgumentException e) {
            throw error(node, "unknown severity '" + id + "': use error, warning or info");
        }
    }

    private Map<String, Field> fields(GlossaryNode node, Set<String> allowed, String what) {
        if (node.kind() != Kind.MAP) {
            throw error(node, what + " must be a mapping of keys to values, found " + node.typeName());
        }
        Map<String, Field> fields = new LinkedHashMap<>();
        for (Field field : node.fields()) {
            if (!allowed.contains(field.name())) {
                throw new DoclocException(file, field.line(), field.column(), "unknown key '" + field.name()
                        + "' in " + what + ": use one of " + new java.util.TreeSet<>(allowed));
            }
            fields.put(field.name(), field);
        }
        return fields;
    }

    private Field required(Map<String, Field> fields, String key, GlossaryNode parent) {
        Field field = fields.get(key);
        if (field == null) {
            throw error(parent, "missing key '" + key + "': add it");
        }
        return field;
    }

    private List<GlossaryNode> list(GlossaryNode node, String what) {
        if (node.kind() != Kind.LIST) {
            throw error(node, what + " must be a list, found " + node.typeName());
        }
        return node.items();
    }

    private String text(GlossaryNode node, String what) {
        if (node.kind() != Kind.TEXT && node.kind() != Kind.NUMBER) {
            throw error(node, what + " must be a text, found " + node.typeName());
        }
        return node.text();
    }

    private boolean bool(GlossaryNode node, String what) {
        if (node.kind() != Kind.BOOLEAN) {
            throw error(node, what + " must be true or false, found " + node.typeName()
                    + (node.kind() == Kind.TEXT ? " '" + node.text() + "'" : ""));
        }
        return node.text().toLowerCase(Locale.ROOT).equals("true");
    }

    private DoclocException error(GlossaryNode node, String message) {
        return new DoclocException(file, node.line(), node.column(), message);
    }
}

package dev.docloc.check;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.docloc.DoclocException;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code docloc-baseline.yml} strictly, from Jackson's token stream rather than its tree,
 * which drops positions: every problem stops with the file, the line and column of the offending
 * entry, key or value, and what to write instead.
 */
final class BaselineReader {
    private static final List<String> KEYS = List.of("locale", "page", "segment", "rule", "term", "reason");
    private static final Set<String> REQUIRED = Set.of("locale", "segment", "rule", "reason");
    /** How an entry is written, for messages. */
    private static final String SHAPE = "'- locale: de' with 'segment:', 'rule:' and 'reason:' below it";

    private final Path file;
    private final JsonParser parser;

    private BaselineReader(Path file, JsonParser parser) {
        this.file = file;
        this.parser = parser;
    }

    /** The entries of {@code file}, which exists; none when it holds no YAML document. */
    static List<Baseline.Entry> read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw DoclocException.cannotRead(file, "the baseline", e);
        }
        // strict UTF-8, as the glossary: a byte that is not is named with its line and column
        String text = dev.docloc.parse.PageParser.decode(bytes, file);
        String yaml = text.startsWith("\uFEFF") ? text.substring(1) : text;
        YAMLFactory factory = new YAMLFactory();
        try {
            // the whole file first, so that a syntax error is reported as such, even after an
            // entry that is wrong only because the error cut it short
            try (JsonParser parser = factory.createParser(new StringReader(yaml))) {
                while (parser.nextToken() != null) {
                    parser.skipChildren();
                }
            }
            try (JsonParser parser = factory.createParser(new StringReader(yaml))) {
                return new BaselineReader(file, parser).entries();
            }
        } catch (JacksonException e) {
            throw DoclocException.invalidYaml(file, e, yaml);
        } catch (IOException e) {
            throw new DoclocException(file, 0, 0, "cannot read the baseline: " + e.getMessage(), e);
        }
    }

    private List<Baseline.Entry> entries() throws IOException {
        JsonToken first = parser.nextToken();
        if (first == null || first == JsonToken.VALUE_NULL) {
            return List.of();
        }
        if (first != JsonToken.START_ARRAY) {
            throw error(parser.currentTokenLocation(), "a baseline is a list of accepted findings, not "
                    + typeName(first) + "; write each as an entry of the list: " + SHAPE);
        }
        List<Baseline.Entry> out = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            out.add(entry(out.size() + 1));
        }
        if (parser.nextToken() != null) {
            throw error(parser.currentTokenLocation(), "a second YAML document: keep the whole baseline in one"
                    + " list (remove the '---')");
        }
        return out;
    }

    /** Entry {@code n} (1-based), at the parser's current token. */
    private Baseline.Entry entry(int n) throws IOException {
        JsonLocation at = parser.currentTokenLocation();
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            throw error(at, "entry " + n + " is " + typeName(parser.currentToken()) + ", not a mapping; write it as "
                    + SHAPE + " ('page:' and 'term:' are optional)");
        }
        Map<String, String> values = new HashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            JsonLocation keyAt = parser.currentTokenLocation();
            String key = parser.currentName();
            if (!KEYS.contains(key)) {
                throw error(keyAt, "entry " + n + ": unknown key '" + key + "'; the keys are "
                        + String.join(", ", KEYS));
            }
            if (values.containsKey(key)) {
                throw error(keyAt, "entry " + n + " has the key '" + key + "' twice: keep one");
            }
            values.put(key, scalar(n, key));
        }
        for (String key : KEYS) {
            if (REQUIRED.contains(key) && values.getOrDefault(key, "").isBlank()) {
                throw error(at, "entry " + n + " has no " + key + "; every accepted finding needs locale, segment,"
                        + " rule and a reason");
            }
        }
        return new Baseline.Entry(values.get("locale"), values.getOrDefault("page", ""), values.get("segment"),
                values.get("rule"), values.getOrDefault("term", ""), values.get("reason"));
    }

    /** The text of the value of {@code key}; "" for an empty value. */
    private String scalar(int n, String key) throws IOException {
        JsonToken token = parser.nextToken();
        return switch (token) {
            case VALUE_STRING, VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT, VALUE_TRUE, VALUE_FALSE -> parser.getText();
            case VALUE_NULL -> "";
            default -> throw error(parser.currentTokenLocation(), "entry " + n + ": " + key + " is "
                    + typeName(token) + "; write one text (quote it if it holds ': ' or starts with '[' or '{')");
        };
    }

    private static String typeName(JsonToken token) {
        return switch (token) {
            case START_ARRAY -> "a list";
            case START_OBJECT -> "a mapping";
            case VALUE_NULL -> "empty";
            default -> "a single value";
        };
    }

    private DoclocException error(JsonLocation at, String message) {
        return new DoclocException(file, at.getLineNr(), at.getColumnNr(), message);
    }
}

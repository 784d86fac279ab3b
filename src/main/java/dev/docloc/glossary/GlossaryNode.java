package dev.docloc.glossary;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.docloc.DoclocException;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A YAML value with the 1-based line and column where it starts, so that validation errors can
 * point at the offending key or value. Jackson's tree model drops locations, hence this small tree.
 */
record GlossaryNode(Kind kind, String text, List<GlossaryNode> items, List<Field> fields, int line, int column) {

    enum Kind { TEXT, NUMBER, BOOLEAN, NULL, LIST, MAP }

    /** A key of a mapping, where the key starts, and its value. */
    record Field(String name, int line, int column, GlossaryNode value) { }

    GlossaryNode {
        items = List.copyOf(items);
        fields = List.copyOf(fields);
    }

    /** A user-facing name of this node's type, for error messages. */
    String typeName() {
        return switch (kind) {
            case TEXT -> "a text";
            case NUMBER -> "a number";
            case BOOLEAN -> "true/false";
            case NULL -> "nothing";
            case LIST -> "a list";
            case MAP -> "a mapping";
        };
    }

    /** Parses a whole YAML document; duplicate keys are errors. */
    static GlossaryNode parse(Path file, String yaml) {
        YAMLFactory factory = YAMLFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
        try (JsonParser parser = factory.createParser(new StringReader(yaml))) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new DoclocException(file, 1, 1, "the glossary is empty: add sourceLocale, targetLocales and terms");
            }
            GlossaryNode root = read(parser);
            if (parser.nextToken() != null) {
                JsonLocation at = parser.currentTokenLocation();
                throw new DoclocException(file, at.getLineNr(), at.getColumnNr(),
                        "a second YAML document: keep the whole glossary in one document (remove the '---')");
            }
            return root;
        } catch (JacksonException e) {
            throw DoclocException.invalidYaml(file, e, yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static GlossaryNode read(JsonParser parser) throws IOException {
        JsonLocation at = parser.currentTokenLocation();
        int line = at.getLineNr();
        int column = at.getColumnNr();
        JsonToken token = parser.currentToken();
        return switch (token) {
            case START_OBJECT -> new GlossaryNode(Kind.MAP, "", List.of(), readFields(parser), line, column);
            case START_ARRAY -> new GlossaryNode(Kind.LIST, "", readItems(parser), List.of(), line, column);
            case VALUE_STRING -> scalar(Kind.TEXT, parser.getText(), line, column);
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> scalar(Kind.NUMBER, parser.getText(), line, column);
            case VALUE_TRUE, VALUE_FALSE -> scalar(Kind.BOOLEAN, parser.getText(), line, column);
            default -> scalar(Kind.NULL, "", line, column);
        };
    }

    private static GlossaryNode scalar(Kind kind, String text, int line, int column) {
        return new GlossaryNode(kind, text, List.of(), List.of(), line, column);
    }

    private static List<Field> readFields(JsonParser parser) throws IOException {
        List<Field> fields = new ArrayList<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            JsonLocation at = parser.currentTokenLocation();
            String name = parser.currentName();
            parser.nextToken();
            fields.add(new Field(name, at.getLineNr(), at.getColumnNr(), read(parser)));
        }
        return fields;
    }

    private static List<GlossaryNode> readItems(JsonParser parser) throws IOException {
        List<GlossaryNode> items = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            items.add(read(parser));
        }
        return items;
    }
}

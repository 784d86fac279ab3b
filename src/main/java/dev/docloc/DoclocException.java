package dev.docloc;

import java.nio.file.Path;

/**
 * A fatal user error: bad input or configuration that stops the run. It names the file and,
 * where known, the line and column (1-based; 0 when unknown), and says what to do. The command
 * line prints {@link #getMessage()} and exits with code 2, without a stack trace.
 */
public final class DoclocException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Path file;
    private final int line;
    private final int column;

    public DoclocException(Path file, int line, int column, String message) {
        this(file, line, column, message, null);
    }

    public DoclocException(Path file, int line, int column, String message, Throwable cause) {
        super(format(file, line, column, message), cause);
        this.file = file;
        this.line = line;
        this.column = column;
    }

    public DoclocException(String message) {
        this(null, 0, 0, message, null);
    }

    public Path file() {
        return file;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /**
     * A YAML syntax error of {@code file} (glossary, baseline) on one line, at the place of the
     * problem: SnakeYAML's problem mark, not the start of the construct it was reading, which may
     * be lines earlier; its context and problem without the excerpt and caret it draws.
     */
    public static DoclocException invalidYaml(Path file, com.fasterxml.jackson.core.JacksonException e, String yaml) {
        if (e.getCause() instanceof org.yaml.snakeyaml.reader.ReaderException r) {
            return unreadableCharacter(file, r, yaml);
        }
        com.fasterxml.jackson.core.JsonLocation at = e.getLocation();
        int line = at == null ? 0 : Math.max(at.getLineNr(), 0);
        int column = at == null ? 0 : Math.max(at.getColumnNr(), 0);
        String problem = e.getOriginalMessage();
        if (e.getCause() instanceof org.yaml.snakeyaml.error.MarkedYAMLException m && m.getProblemMark() != null) {
            line = m.getProblemMark().getLine() + 1;
            column = m.getProblemMark().getColumn() + 1;
            problem = (m.getContext() == null ? "" : m.getContext() + ": ") + m.getProblem();
        }
        return new DoclocException(file, line, column, "invalid YAML: " + problem.replaceAll("\\s*\\R\\s*", " ")
                + "; fix the syntax (indentation, quotes, one value per key)", e);
    }

    /**
     * A character YAML does not take (a control character, a lone surrogate), which SnakeYAML
     * reports by its code point index in {@code yaml}, before it reads any token (so with no mark).
     */
    private static DoclocException unreadableCharacter(Path file, org.yaml.snakeyaml.reader.ReaderException r,
                                                       String yaml) {
        int at = yaml.offsetByCodePoints(0, Math.min(r.getPosition(), yaml.codePointCount(0, yaml.length())));
        int line = (int) yaml.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
        int column = yaml.codePointCount(yaml.lastIndexOf('\n', at - 1) + 1, at) + 1;
        return new DoclocException(file, line, column, String.format(
                "invalid YAML: character U+%04X is not allowed (YAML takes no control character but tab and"
                + " line breaks); remove it", r.getCodePoint()), r);
    }

    /**
     * {@code what} ("the glossary", "the TBX file"; null for a plain "cannot read") could not be
     * read from {@code file}: the reason in words (it does not exist, permission denied, it is a
     * folder, or what the system said) and what to do.
     */
    public static DoclocException cannotRead(Path file, String what, java.io.IOException e) {
        String reason;
        if (e instanceof java.nio.file.NoSuchFileException) {
            reason = "it does not exist; check the path";
        } else if (e instanceof java.nio.file.AccessDeniedException) {
            reason = "permission denied; check the file's permissions and owner";
        } else if (java.nio.file.Files.isDirectory(file)) {
            reason = "it is a folder, not a file";
        } else {
            reason = (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())
                    + "; check the file and its permissions";
        }
        return new DoclocException(file, 0, 0, "cannot read" + (what == null ? "" : " " + what) + ": " + reason, e);
    }

    private static String format(Path file, int line, int column, String message) {
        StringBuilder sb = new StringBuilder();
        if (file != null) {
            sb.append(file);
            if (line > 0) {
                sb.append(':').append(line);
                if (column > 0) {
                    sb.append(':').append(column);
                }
            }
            sb.append(": ");
        }
        return sb.append(message).toString();
    }
}

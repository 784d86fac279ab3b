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

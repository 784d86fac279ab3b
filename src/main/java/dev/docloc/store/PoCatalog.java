package dev.docloc.store;

import dev.docloc.DoclocException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads and writes gettext PO files: comments ({@code #.} extracted, {@code #:} references,
 * {@code #,} flags, {@code # } translator comments), {@code msgctxt}, {@code msgid},
 * {@code msgstr}, strings split over several lines, the C escapes gettext uses. Obsolete entries
 * ({@code #~}) are read past. No wrapping on output: a string breaks only after {@code \n}.
 */
final class PoCatalog {
    private PoCatalog() {}

    /**
     * One entry.
     *
     * @param comments    comment lines other than flags, as written ({@code #. heading: Install})
     * @param flags       the {@code #,} flags ({@code fuzzy})
     * @param msgctxt     the context, null when the entry has none
     * @param plural      true when the entry has {@code msgid_plural}
     * @param line        the line of {@code msgid}, 0 when not read from a file
     * @param msgstrLine  the line of {@code msgstr}, 0 when not read from a file
     */
    record Entry(List<String> comments, Set<String> flags, String msgctxt, String msgid, String msgstr,
                 boolean plural, int line, int msgstrLine) {
        Entry {
            comments = List.copyOf(comments);
            flags = Set.copyOf(flags);
        }

        Entry(List<String> comments, Set<String> flags, String msgctxt, String msgid, String msgstr) {
            this(comments, flags, msgctxt, msgid, msgstr, false, 0, 0);
        }

        boolean fuzzy() {
            return flags.contains("fuzzy");
        }

        boolean header() {
            return msgctxt == null && msgid.isEmpty();
        }
    }

    /** The PO text: the header comments and fields, then the entries. */
    static String write(List<String> headerComments, List<String> headerFields, List<Entry> entries) {
        StringBuilder sb = new StringBuilder();
        headerComments.forEach(c -> sb.append(c.isEmpty() ? "#" : "# " + c).append('\n'));
        sb.append("msgid \"\"\n");
        field(sb, "msgstr", String.join("", headerFields.stream().map(f -> f + "\n").toList()));
        for (Entry e : entries) {
            sb.append('\n');
            e.comments().forEach(c -> sb.append(c).append('\n'));
            if (!e.flags().isEmpty()) {
                sb.append("#, ").append(String.join(", ", new java.util.TreeSet<>(e.flags()))).append('\n');
            }
            if (e.msgctxt() != null) {
                field(sb, "msgctxt", e.msgctxt());
            }
            field(sb, "msgid", e.msgid());
            field(sb, "msgstr", e.msgstr());
        }
        return sb.toString();
    }

    private static void field(StringBuilder sb, String keyword, String value) {
        int nl = value.indexOf('\n');
        if (nl < 0 || nl == value.length() - 1) {
            sb.append(keyword).append(" \"").append(escape(value)).append("\"\n");
            return;
        }
        sb.append(keyword).append(" \"\"\n");
        int from = 0;
        while (from < value.length()) {
            int end = value.indexOf('\n', from);
            end = end < 0 ? value.length() : end + 1;
            sb.append('"').append(escape(value.substring(from, end))).append("\"\n");
            from = end;
        }
    }

    static String escape(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '"' -> sb.append("\\\"");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '\r' -> sb.append("\\r");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        sb.append(String.format("\\%03o", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }

    /** The entries of a PO file, the header entry included; a syntax error stops with its line and column. */
    static List<Entry> parse(Path file, String text) {
        return new Parser(file).parse(text);
    }

    /** A line-by-line reader; one instance per file. */
    private static final class Parser {
        private final Path file;
        private final List<Entry> out = new ArrayList<>();
        private List<String> comments = new ArrayList<>();
        private Set<String> flags = new LinkedHashSet<>();
        private final StringBuilder[] fields = new StringBuilder[3];
        private final int[] lines = new int[3];
        private boolean plural;
        private boolean obsolete;
        private int current = -1;

        Parser(Path file) {
            this.file = file;
        }

        List<Entry> parse(String text) {
            String[] all = text.startsWith("\uFEFF") ? text.substring(1).split("\n", -1) : text.split("\n", -1);
            for (int i = 0; i < all.length; i++) {
                line(all[i].endsWith("\r") ? all[i].substring(0, all[i].length() - 1) : all[i], i + 1);
            }
            finish();
            return out;
        }

        private void line(String raw, int n) {
            String s = raw.strip();
            int col = raw.indexOf(s.isEmpty() ? " " : s.substring(0, 1)) + 1;
            if (s.isEmpty()) {
                finish();
            } else if (s.startsWith("#~")) {
                if (fields[1] != null) {
                    finish();
                }
                obsolete = true;
            } else if (s.startsWith("#")) {
                comment(s);
            } else if (s.startsWith("\"")) {
                if (current < 0) {
                    throw new DoclocException(file, n, col, "a string with no msgid, msgstr or msgctxt before it");
                }
                fields[current].append(unquote(s, n, col));
            } else {
                keyword(s, n, col);
            }
        }

        private void comment(String s) {
            if (obsolete || fields[2] != null) {
                finish();
            }
            if (s.startsWith("#,")) {
                for (String f : s.substring(2).split(",")) {
                    if (!f.isBlank()) {
                        flags.add(f.strip());
                    }
                }
            } else {
                comments.add(s);
            }
        }

        private void keyword(String s, int n, int col) {
            int sp = s.indexOf(' ');
            String kw = sp < 0 ? s : s.substring(0, sp);
            String rest = sp < 0 ? "" : s.substring(sp + 1).strip();
            int field = switch (kw) {
                case "msgctxt" -> 0;
                case "msgid" -> 1;
                case "msgid_plural" -> -2;
                default -> kw.equals("msgstr") || kw.matches("msgstr\\[\\d+]") ? 2 : -1;
            };
            if (field == -1) {
                throw new DoclocException(file, n, col, "unknown keyword '" + kw
                        + "'; a PO entry has msgctxt, msgid and msgstr lines");
            }
            if (obsolete || field < 2 && fields[2] != null || field == 0 && fields[1] != null) {
                finish();
            }
            if (field == -2) {
                plural = true;
                current = -1;
                return;
            }
            if (field == 2 && fields[2] != null) {
                current = -1; // msgstr[1] and later of a plural entry
                return;
            }
            fields[field] = new StringBuilder(unquote(rest, n, col + sp + 1));
            lines[field] = n;
            current = field;
        }

        private String unquote(String s, int n, int col) {
            if (s.length() < 2 || !s.startsWith("\"") || !s.endsWith("\"")) {
                throw new DoclocException(file, n, col, "expected a string in double quotes; a msgid, msgstr or msgctxt"
                        + " line, and each line that continues it, holds one \"...\" string (a quote inside it written \\\")");
            }
            StringBuilder sb = new StringBuilder();
            for (int i = 1; i < s.length() - 1; i++) {
                char c = s.charAt(i);
                if (c == '"') {
                    throw new DoclocException(file, n, col + i, "a double quote inside a string must be written \\\"");
                }
                if (c != '\\') {
                    sb.append(c);
                    continue;
                }
                i = escapeAt(s, i, sb, n, col);
            }
            return sb.toString();
        }

        /** Appends the character of the escape at {@code i}; returns the index of its last character. */
        private int escapeAt(String s, int i, StringBuilder sb, int n, int col) {
            if (i + 1 >= s.length() - 1) {
                throw new DoclocException(file, n, col + i, "a string ends with a lone backslash; write \\\\");
            }
            char e = s.charAt(i + 1);
            switch (e) {
                case 'n' -> sb.append('\n');
                case 't' -> sb.append('\t');
                case 'r' -> sb.append('\r');
                case 'a' -> sb.append('\u0007');
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'v' -> sb.append('\u000b');
                case '"', '\\', '\'', '?' -> sb.append(e);
                default -> {
                    if (e >= '0' && e <= '7') {
                        int end = i + 1;
                        while (end < s.length() - 1 && end < i + 4 && s.charAt(end) >= '0' && s.charAt(end) <= '7') {
                            end++;
                        }
                        sb.append((char) Integer.parseInt(s.substring(i + 1, end), 8));
                        return end - 1;
                    }
                    throw new DoclocException(file, n, col + i, "unknown escape \\" + e
                            + " in a string; use \\n, \\t, \\\" or \\\\");
                }
            }
            return i + 1;
        }

        private void finish() {
            if (!obsolete && fields[1] != null) {
                out.add(new Entry(comments, flags, fields[0] == null ? null : fields[0].toString(),
                        fields[1].toString(), fields[2] == null ? "" : fields[2].toString(), plural, lines[1],
                        lines[2]));
            }
            comments = new ArrayList<>();
            flags = new LinkedHashSet<>();
            java.util.Arrays.fill(fields, null);
            java.util.Arrays.fill(lines, 0);
            plural = false;
            obsolete = false;
            current = -1;
        }
    }
}

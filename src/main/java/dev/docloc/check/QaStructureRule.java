package dev.docloc.check;

import dev.docloc.report.Severity;
import dev.docloc.segment.Parts;
import dev.docloc.segment.UnitKind;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code qa-structure}: the target does not start a Markdown block of its own. A line of the
 * target that begins like a heading, list item, block quote, fence or thematic break would change
 * the page's structure if it were not escaped when merged; a line break in a heading or a table
 * cell would end it. The merge escapes both, but the reviewer must see that the translation reads
 * oddly. Markers that the source has at the same place are fine.
 */
final class QaStructureRule implements QaRule {
    static final String ID = "qa-structure";
    /**
     * ATX heading, bullet, ordered item, block quote, fence, setext underline; thematic breaks are
     * read by {@link #thematicBreak}, as a repeated group here recursed once per character and
     * overflowed the stack on a long run of asterisks.
     */
    private static final Pattern BLOCK_START = Pattern.compile("^ {0,3}(#{1,6}(?=[ \\t]|$)|[-+*](?=[ \\t])"
            + "|\\d{1,9}[.)](?=[ \\t]|$)|>|```|~~~|=+[ \\t]*$)");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String description() {
        return "A heading stays a heading and a table row keeps its columns: the target does not start a new"
                + " Markdown block or break the line of a heading or table cell.";
    }

    @Override
    public void check(QaInput in, QaReport report) {
        String source = Parts.textWithCodeMarks(in.source());
        String target = Parts.textWithCodeMarks(in.target());
        boolean oneLine = in.unitKind() == UnitKind.HEADING || in.unitKind() == UnitKind.TABLE_CELL;
        if (oneLine && hasBreak(target) && !hasBreak(source)) {
            report.add("The target has a line break, which would end the " + kind(in.unitKind())
                    + ": keep it on one line.", "");
        }
        String[] sourceLines = QaText.lines(source);
        String[] targetLines = QaText.lines(target);
        for (int i = 0; i < targetLines.length; i++) {
            String marker = blockMarker(targetLines[i], i == 0);
            String sourceMarker = i < sourceLines.length ? blockMarker(sourceLines[i], i == 0) : null;
            if (marker != null && !marker.equals(sourceMarker)) {
                report.add("The target line " + QaText.quote(targetLines[i].strip()) + " starts with "
                        + QaText.quote(marker) + ", which Markdown reads as a new block: reword it so that the line"
                        + " does not start with it.", marker);
            }
        }
    }

    static List<QaFinding> checkTableColumns(int sourceCols, int targetCols) {
        if (sourceCols == targetCols) {
            return List.of();
        }
        return List.of(new QaFinding(ID, Severity.ERROR, "The table row has " + targetCols
                + " columns in the translation but " + sourceCols + " in the source: keep one cell per column"
                + " (a \"|\" in a cell must be escaped as \"\\|\").", ""));
    }

    /**
     * The block marker that {@code line} starts with, or null. Inside a paragraph only a list item
     * numbered 1 can start a list, so other numbers count on the first line only.
     */
    private static String blockMarker(String line, boolean first) {
        if (thematicBreak(line)) {
            return line.strip();
        }
        Matcher m = BLOCK_START.matcher(line);
        if (!m.find()) {
            return null;
        }
        String marker = m.group(1).strip();
        boolean ordered = Character.isDigit(marker.charAt(0));
        return ordered && !first && !marker.matches("0*1[.)]") ? null : marker;
    }

    /**
     * Whether {@code line} is a thematic break: up to three spaces, then three or more of the same
     * {@code -}, {@code *} or {@code _}, with spaces and tabs between them and nothing else.
     */
    static boolean thematicBreak(String line) {
        int i = 0;
        while (i < line.length() && i < 3 && line.charAt(i) == ' ') {
            i++;
        }
        if (i >= line.length() || "-*_".indexOf(line.charAt(i)) < 0) {
            return false;
        }
        char marker = line.charAt(i);
        int count = 0;
        for (; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == marker) {
                count++;
            } else if (c != ' ' && c != '\t') {
                return false;
            }
        }
        return count >= 3;
    }

    private static boolean hasBreak(String s) {
        return s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0;
    }

    private static String kind(UnitKind kind) {
        return kind == UnitKind.HEADING ? "heading" : "table cell";
    }
}

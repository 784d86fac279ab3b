package dev.docloc.check;

import dev.docloc.merge.CodeMatcher;
import dev.docloc.report.Severity;
import dev.docloc.segment.Code;
import dev.docloc.segment.Part;
import dev.docloc.segment.Parts;
import dev.docloc.segment.Text;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code qa-codes}: the target keeps each code of the source exactly once, adds none, and keeps
 * paired codes balanced and nested. Codes are matched by id and kind. A kept code whose Markdown
 * changed is reported too, except the destination of links and images, which {@code qa-link}
 * reports with the URLs side by side. Formatting the merge cannot write so that Markdown reads it
 * as formatting where the target puts it ({@link CodeMatcher#unshown}: around no text, or touching
 * other markup) is reported, as the merge would not publish it.
 */
final class QaCodesRule implements QaRule {

    /** A code's identity across source and target. */
    private record Key(String id, Code.Kind kind) {
        static Key of(Code c) {
            return new Key(c.id(), c.kind());
        }
    }

    @Override
    public String id() {
        return "qa-codes";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String description() {
        return "Every inline code of the source (formatting, links, inline code, HTML) is in the target once,"
                + " with paired codes balanced and properly nested, and formatting where Markdown can show it;"
                + " the target adds no control characters and no half of a surrogate pair.";
    }

    @Override
    public void check(QaInput in, QaReport report) {
        Map<Key, Code> sourceCodes = new LinkedHashMap<>();
        Map<Key, Integer> sourceCounts = new HashMap<>();
        for (Code c : Parts.codes(in.source())) {
            sourceCodes.putIfAbsent(Key.of(c), c);
            sourceCounts.merge(Key.of(c), 1, Integer::sum);
        }
        List<Code> target = Parts.codes(in.target());
        Map<Key, Integer> seen = checkExtraAndChanged(sourceCodes, sourceCounts, target, report);
        sourceCodes.forEach((key, code) -> {
            if (seen.getOrDefault(key, 0) < sourceCounts.get(key)) {
                report.add("The code " + QaText.quote(code.data()) + " of the source is missing from the target:"
                        + " put it back " + (code.kind() == Code.Kind.PLACEHOLDER ? "where it belongs" : "around the"
                        + " words it marks") + ".", code.data());
            }
        });
        Set<String> paired = pairedOnce(sourceCodes, target);
        checkNesting(paired, target, report);
        checkFormatting(paired, in.target(), report);
        checkUnpublishable(in, report);
    }

    /**
     * Reports each character a page cannot show as typed ({@link #isUnpublishable}) that the
     * target's text has more often than the source's. XLIFF carries a control character or half of
     * a surrogate pair as {@code <cp hex="…"/>}, so a CAT tool lets it through; HTML cannot hold
     * it, and publishing writes U+FFFD or "?" instead.
     */
    private static void checkUnpublishable(QaInput in, QaReport report) {
        Map<Integer, Integer> extra = unpublishable(in.target());
        if (!extra.isEmpty()) {
            unpublishable(in.source()).forEach((c, n) -> extra.computeIfPresent(c, (k, m) -> m > n ? m - n : null));
            extra.forEach((c, times) -> report.add(unpublishableMessage(c, times), Character.toString(c)));
        }
    }

    /** How often each unpublishable character occurs in the text of the parts, in order of first occurrence. */
    private static Map<Integer, Integer> unpublishable(List<Part> parts) {
        Map<Integer, Integer> out = new LinkedHashMap<>();
        for (Part p : parts) {
            if (p instanceof Text t) {
                // code points: a lone surrogate comes as itself, a pair as the character it encodes
                t.text().codePoints().filter(QaCodesRule::isUnpublishable).forEach(c -> out.merge(c, 1, Integer::sum));
            }
        }
        return out;
    }

    private static String unpublishableMessage(int c, int times) {
        String hex = String.format("%04X", c);
        if (c == 0xFFFD) {
            return "The target has the replacement character U+FFFD (\uFFFD)" + (times > 1 ? " " + times + " times" : "")
                    + ", which the source does not have: it stands for a character that was lost (half of a"
                    + " surrogate pair, which extract writes so, or text read in the wrong encoding); type the"
                    + " character again or remove it from the translation.";
        }
        if (Character.isSurrogate((char) c)) {
            return "The target has half of a character, the lone surrogate U+" + hex
                    + (times > 1 ? " " + times + " times" : "") + " (<cp hex=\"" + hex + "\"/> in the translations"
                    + " file): no page can hold it and it would be published as \"?\"; type the character again"
                    + " or remove it from the translation.";
        }
        return "The target has the control character U+" + hex + (times > 1 ? " " + times + " times" : "")
                + " (<cp hex=\"" + hex + "\"/> in the translations file), which the source does not have: HTML"
                + " cannot show it and the page would show U+FFFD (\uFFFD) in its place; remove it from the"
                + " translation.";
    }

    /**
     * A C0 or C1 control character, or DEL, other than tab, line feed and carriage return; or a
     * surrogate code unit without its other half (XLIFF's {@code <cp hex="D800"/>}); or U+FFFD,
     * which such a half becomes once extract has written the file again.
     */
    private static boolean isUnpublishable(int c) {
        return Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r'
                || c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE || c == 0xFFFD;
    }

    private static void checkFormatting(Set<String> pairs, List<Part> target, QaReport report) {
        for (CodeMatcher.Unshown u : CodeMatcher.unshown(target)) {
            if (pairs.contains(u.open().id())) {
                report.add(unshown(u), u.open().data());
            }
        }
    }

    private static String unshown(CodeMatcher.Unshown u) {
        String pair = "The formatting " + QaText.quote(u.open().data()) + "…" + QaText.quote(u.close().data());
        if (u.blocker().isEmpty()) {
            return pair + " marks no text in the target, so the page would show "
                    + QaText.quote(u.open().data() + u.close().data()) + " as it is: put the words it marks between"
                    + " its codes.";
        }
        String blocker = QaText.quote(u.blocker());
        return pair + " touches " + blocker + ", so Markdown cannot read it as formatting and the page would show "
                + QaText.quote(u.open().data()) + " as it is: put a space between them, or move the formatting so"
                + " that it does not touch " + blocker + ".";
    }

    /** Reports unknown, repeated and changed codes of the target; returns how often each kept code occurs. */
    private static Map<Key, Integer> checkExtraAndChanged(Map<Key, Code> sourceCodes, Map<Key, Integer> sourceCounts,
                                                          List<Code> target, QaReport report) {
        Map<Key, Integer> seen = new HashMap<>();
        for (Code c : target) {
            Key key = Key.of(c);
            Code original = sourceCodes.get(key);
            if (original == null) {
                report.add("The target has a code " + shown(c) + " that is not in the source:"
                        + " remove it, or use the source's code.", c.data());
            } else if (seen.merge(key, 1, Integer::sum) > sourceCounts.get(key)) {
                report.add("The code " + QaText.quote(c.data()) + " appears more than once in the target:"
                        + " keep it " + (sourceCounts.get(key) == 1 ? "once" : sourceCounts.get(key) + " times")
                        + ", as in the source.", c.data());
            } else if (changed(original, c)) {
                report.add("The code " + QaText.quote(original.data()) + " was changed to " + QaText.quote(c.data())
                        + ": keep the source's markup.", c.data());
            }
        }
        return seen;
    }

    /**
     * A code of the target as the translator can find it: its Markdown, or for one the translator
     * added, which has none, its XLIFF element.
     */
    private static String shown(Code c) {
        if (!c.data().isEmpty()) {
            return QaText.quote(c.data());
        }
        return switch (c.kind()) {
            case OPEN -> "<pc id=\"" + c.id() + "\">";
            case CLOSE -> "</pc> (the end of <pc id=\"" + c.id() + "\">)";
            case PLACEHOLDER -> "<ph id=\"" + c.id() + "\"/>";
        };
    }

    private static boolean changed(Code original, Code target) {
        if (original.type() != target.type()) {
            return true;
        }
        boolean linkish = QaUrls.url(original) != null;
        return !linkish && !original.data().equals(target.data());
    }

    /** Ids of pairs whose open and close are both in the source and each exactly once in the target. */
    private static Set<String> pairedOnce(Map<Key, Code> sourceCodes, List<Code> target) {
        Map<Key, Integer> counts = new HashMap<>();
        target.forEach(c -> counts.merge(Key.of(c), 1, Integer::sum));
        Set<String> ids = new HashSet<>();
        for (Key k : sourceCodes.keySet()) {
            Key open = new Key(k.id(), Code.Kind.OPEN);
            Key close = new Key(k.id(), Code.Kind.CLOSE);
            if (sourceCodes.containsKey(open) && sourceCodes.containsKey(close)
                    && counts.getOrDefault(open, 0) == 1 && counts.getOrDefault(close, 0) == 1) {
                ids.add(k.id());
            }
        }
        return ids;
    }

    private static void checkNesting(Set<String> pairs, List<Code> target, QaReport report) {
        Deque<String> open = new ArrayDeque<>();
        Map<String, Code> openCodes = new HashMap<>();
        for (Code c : target) {
            if (!pairs.contains(c.id()) || c.kind() == Code.Kind.PLACEHOLDER) {
                continue;
            }
            if (c.kind() == Code.Kind.OPEN) {
                open.push(c.id());
                openCodes.put(c.id(), c);
            } else if (!open.contains(c.id())) {
                report.add("The closing code " + QaText.quote(c.data()) + " comes before its opening code in the"
                        + " target: move it after the words it closes.", c.data());
            } else {
                if (!open.peek().equals(c.id())) {
                    report.add(crossed(openCodes.get(c.id()), openCodes.get(open.peek()), c), c.data());
                }
                open.remove(c.id());
            }
        }
    }

    private static String crossed(Code outer, Code inner, Code close) {
        return "The code pair " + QaText.quote(outer.data()) + "…" + QaText.quote(close.data())
                + " overlaps the pair opened by " + QaText.quote(inner.data())
                + ": close the inner pair before the outer one, as in the source.";
    }
}

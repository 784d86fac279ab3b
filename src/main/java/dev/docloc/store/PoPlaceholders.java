package dev.docloc.store;

import dev.docloc.segment.Code;
import dev.docloc.segment.Part;
import dev.docloc.segment.Parts;
import dev.docloc.segment.Text;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The readable placeholder notation of codes in PO strings: the two halves of a paired code are
 * {@code <1>} and {@code </1>}, a standalone code is {@code <2/>}; the numbers are the unit's code
 * ids. Only these exact forms are placeholders, so a text {@code <} stays as it is. Text that
 * looks exactly like a placeholder is written with a backslash before it ({@code \<1>}), and a run
 * of backslashes right before a placeholder-like form or a placeholder is doubled: the notation
 * reads back to the same text and codes.
 */
final class PoPlaceholders {
    /** A placeholder-like form with the backslashes right before it. */
    private static final Pattern TOKEN = Pattern.compile("(\\\\*)<(?:(\\d+)|/(\\d+)|(\\d+)/)>");
    private static final Pattern TRAILING_BACKSLASHES = Pattern.compile("\\\\+$");

    /** A decoded string: its parts, or what is wrong with it. */
    record Decoded(List<Part> parts, String error) {
        boolean ok() {
            return error == null;
        }
    }

    private PoPlaceholders() {}

    /** The notation of {@code parts}. */
    static String encode(List<Part> parts) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < parts.size(); i++) {
            if (parts.get(i) instanceof Text t) {
                boolean codeNext = i + 1 < parts.size() && parts.get(i + 1) instanceof Code;
                sb.append(escape(t.text(), codeNext));
            } else if (parts.get(i) instanceof Code c) {
                sb.append(placeholder(c));
            }
        }
        return sb.toString();
    }

    static String placeholder(Code c) {
        return switch (c.kind()) {
            case OPEN -> "<" + c.id() + ">";
            case CLOSE -> "</" + c.id() + ">";
            case PLACEHOLDER -> "<" + c.id() + "/>";
        };
    }

    private static String escape(String text, boolean codeNext) {
        Matcher m = TOKEN.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String token = m.group().substring(m.group(1).length());
            m.appendReplacement(sb, Matcher.quoteReplacement(m.group(1) + m.group(1) + "\\" + token));
        }
        m.appendTail(sb);
        if (codeNext) {
            Matcher t = TRAILING_BACKSLASHES.matcher(sb);
            if (t.find()) {
                sb.append(t.group());
            }
        }
        return sb.toString();
    }

    /**
     * Reads the notation back, with the codes of {@code source}: every code of the source must
     * appear exactly once, and paired codes open before they close and nest.
     */
    static Decoded decode(String s, List<Part> source) {
        List<Code> codes = Parts.codes(source);
        List<Part> out = new ArrayList<>();
        Set<Code> used = new HashSet<>();
        Matcher m = TOKEN.matcher(s);
        int at = 0;
        while (m.find()) {
            int slashes = m.group(1).length();
            String token = m.group().substring(slashes);
            out.add(new Text(s.substring(at, m.start()) + "\\".repeat(slashes / 2)));
            at = m.end();
            if (slashes % 2 == 1) {
                out.add(new Text(token));
                continue;
            }
            Code c = find(codes, m);
            if (c == null) {
                return new Decoded(List.of(), "unknown placeholder " + token + " (the source has "
                        + codes.stream().map(PoPlaceholders::placeholder).toList() + ")");
            }
            if (!used.add(c)) {
                return new Decoded(List.of(), "placeholder " + token + " appears twice");
            }
            out.add(c);
        }
        out.add(new Text(s.substring(at)));
        for (Code c : codes) {
            if (!used.contains(c)) {
                return new Decoded(List.of(), "placeholder " + placeholder(c) + " of the source is missing");
            }
        }
        String nesting = nesting(out, codes);
        return nesting != null ? new Decoded(List.of(), nesting) : new Decoded(Parts.normalize(out), null);
    }

    private static Code find(List<Code> codes, Matcher m) {
        Code.Kind kind = m.group(2) != null ? Code.Kind.OPEN : m.group(3) != null ? Code.Kind.CLOSE
                : Code.Kind.PLACEHOLDER;
        String id = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
        for (Code c : codes) {
            if (c.kind() == kind && c.id().equals(id)) {
                return c;
            }
        }
        return null;
    }

    /** What is wrong with the order of paired codes whose two halves are both in the segment, or null. */
    private static String nesting(List<Part> parts, List<Code> codes) {
        Set<String> opens = new HashSet<>();
        Set<String> pairs = new HashSet<>();
        for (Code c : codes) {
            if (c.kind() == Code.Kind.OPEN) {
                opens.add(c.id());
            } else if (c.kind() == Code.Kind.CLOSE && opens.contains(c.id())) {
                pairs.add(c.id());
            }
        }
        Deque<String> stack = new ArrayDeque<>();
        for (Code c : Parts.codes(parts)) {
            if (!pairs.contains(c.id()) || c.kind() == Code.Kind.PLACEHOLDER) {
                continue;
            }
            if (c.kind() == Code.Kind.OPEN) {
                stack.push(c.id());
            } else if (stack.isEmpty() || !stack.pop().equals(c.id())) {
                return "placeholders are unbalanced: " + placeholder(c) + " closes what is not open "
                        + "(write <n>…</n> in order, nested)";
            }
        }
        return null;
    }
}

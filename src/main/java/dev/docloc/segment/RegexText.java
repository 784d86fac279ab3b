package dev.docloc.segment;

/** Reading the text of a Java regular expression, for the SRX rule filter and rewrites. */
final class RegexText {
    private RegexText() {
    }

    /** The index after the {@code ]} that closes the class opening at {@code from}, or -1. */
    static int classEnd(String pattern, int from) {
        int i = from + 1;
        if (i < pattern.length() && pattern.charAt(i) == '^') {
            i++;
        }
        if (i < pattern.length() && pattern.charAt(i) == ']') {
            i++; // a ']' first in a class is a literal
        }
        for (; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                i = classEnd(pattern, i) - 1;
                if (i < 0) {
                    return -1;
                }
            } else if (c == ']') {
                return i + 1;
            }
        }
        return -1;
    }
}

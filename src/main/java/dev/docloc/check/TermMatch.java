package dev.docloc.check;

/**
 * A place where a glossary form occurs in a text.
 *
 * @param pattern the form found
 * @param start   offset of the match in the NFC text
 * @param end     offset just past it
 * @param text    the matched text as written
 * @param caseOk  whether the case agrees with the glossary form, where that matters
 */
record TermMatch(TermPattern pattern, int start, int end, String text, boolean caseOk) {
}

/**
 * Merging: {@link dev.docloc.merge.Merger} splices translated segments into the page source by
 * source span, escaping translated text for where it lands and laying it out like the source
 * (one line stays one line, one sentence per line stays so, and filled text is re-filled at the
 * column the source was filled at: {@code SourceFill}). Everything
 * that is not translated text stays byte for byte, except markup that the translated text next to
 * it would change: emphasis delimiters and bare links are then written in a form that reads as
 * the source's does.
 */
package dev.docloc.merge;

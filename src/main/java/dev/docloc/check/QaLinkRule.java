package dev.docloc.check;

import dev.docloc.report.Severity;
import dev.docloc.segment.Code;
import dev.docloc.segment.Part;
import dev.docloc.segment.Parts;
import dev.docloc.segment.Text;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * {@code qa-link}: every link destination of the source (link, image, autolink, HTML
 * {@code href}, URL or e-mail address typed in text) is in the target, unchanged. A kept code
 * whose destination differs is reported as a change; a destination left out as dropped; a URL or
 * address of the target that the source does not have as added: as a link when a code holds it,
 * and as text when the translation typed it, which publishing shows as text.
 */
final class QaLinkRule implements QaRule {

    @Override
    public String id() {
        return "qa-link";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String description() {
        return "Link, image and autolink destinations and URLs of the source are in the target, unchanged.";
    }

    @Override
    public void check(QaInput in, QaReport report) {
        List<String> source = urls(in.source());
        List<String> target = urls(in.target());
        Set<String> sourceSet = new HashSet<>(source);
        reportChanged(in, source, target, report);
        for (String url : source) {
            if (!target.remove(url)) {
                report.add("The link to " + QaText.quote(url) + " is missing from the target: keep the link"
                        + " and its URL as in the source.", url);
            }
        }
        List<String> typed = null; // found only for a target that adds a URL: most add none
        for (String url : target) {
            if (sourceSet.contains(url)) {
                continue;
            }
            typed = typed == null ? typed(in.target()) : typed;
            if (typed.remove(url)) {
                report.add(addedAsText(url), url);
            } else {
                report.add("The target links to " + QaText.quote(url) + ", which the source does not:"
                        + " use the source's URL or remove it.", url);
            }
        }
    }

    /**
     * The finding of a URL or address the target types as text: publishing links a translation's
     * bare URL only where its source page has the same one as a bare URL (see
     * {@code dev.docloc.publish.Autolinker}), so this one is text on the page, not a link.
     */
    private static String addedAsText(String url) {
        String what = !url.contains("://") && !url.regionMatches(true, 0, "www.", 0, 4) && url.contains("@")
                ? "the e-mail address " : "the URL ";
        return "The target adds " + what + QaText.quote(url) + " as text, which the source does not have: it is"
                + " published as plain text, not as a link (unless the source page has it as a bare URL"
                + " elsewhere); use the source's link or remove it.";
    }

    /** The URLs and addresses typed in the text of the parts, not held by codes. */
    private static List<String> typed(List<Part> parts) {
        List<String> out = new ArrayList<>();
        for (Part p : parts) {
            if (p instanceof Text t) {
                out.addAll(QaUrls.inText(t.text()));
            }
        }
        return out;
    }

    /** Reports kept codes whose destination changed, and takes both URLs out of the lists. */
    private static void reportChanged(QaInput in, List<String> source, List<String> target, QaReport report) {
        Map<String, String> sourceById = new HashMap<>();
        for (Code c : Parts.codes(in.source())) {
            String url = QaUrls.url(c);
            if (url != null) {
                sourceById.put(c.id() + c.kind(), url);
            }
        }
        Set<String> done = new HashSet<>();
        for (Code c : Parts.codes(in.target())) {
            String before = sourceById.get(c.id() + c.kind());
            String after = QaUrls.url(c);
            if (before != null && after != null && !before.equals(after) && done.add(c.id() + c.kind())) {
                report.add("The link destination " + QaText.quote(before) + " was changed to "
                        + QaText.quote(after) + ": keep the source's URL.", after);
                source.remove(before);
                target.remove(after);
            }
        }
    }

    /** The destinations of the codes and the URLs in the text, in order. */
    private static List<String> urls(List<Part> parts) {
        List<String> out = new ArrayList<>();
        for (Part p : parts) {
            if (p instanceof Code c) {
                out.add(QaUrls.url(c));
            } else if (p instanceof Text t) {
                out.addAll(QaUrls.inText(t.text()));
            }
        }
        out.removeIf(Objects::isNull);
        return out;
    }
}

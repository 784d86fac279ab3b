package dev.docloc.check;

import dev.docloc.report.Severity;
import dev.docloc.segment.Code;
import dev.docloc.segment.Parts;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * {@code qa-anchor}: a same-page link ({@code ](#snapshots)}) of the target points to an anchor
 * of the localized page. Headings get new anchors when they are translated, so a link kept
 * verbatim breaks. Fragments that the source page does not have either are the source's problem
 * and are left out; without the localized page's anchors the rule does nothing.
 */
final class QaAnchorRule implements QaRule {

    @Override
    public String id() {
        return "qa-anchor";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String description() {
        return "Links to a #fragment of the same page point to an anchor that exists in the localized page.";
    }

    @Override
    public void check(QaInput in, QaReport report) {
        if (in.anchorsOfLocalizedPage().isEmpty()) {
            return;
        }
        for (Code c : Parts.codes(in.target())) {
            String url = QaUrls.url(c);
            if (url == null || !url.startsWith("#") || url.length() == 1) {
                continue;
            }
            String fragment = url.substring(1);
            if (!contains(in.anchorsOfLocalizedPage(), fragment) && contains(in.anchorsOfSourcePage(), fragment)) {
                report.add("The link to " + QaText.quote(url) + " does not resolve in the " + in.locale()
                        + " page, whose headings have translated anchors: link to the anchor of the translated"
                        + " heading.", url);
            }
        }
    }

    /** True when the anchors hold the fragment, as written or percent-decoded, with or without '#'. */
    private static boolean contains(Set<String> anchors, String fragment) {
        String decoded = decode(fragment);
        return anchors.contains(fragment) || anchors.contains(decoded)
                || anchors.contains("#" + fragment) || anchors.contains("#" + decoded);
    }

    private static String decode(String fragment) {
        try {
            return URLDecoder.decode(fragment.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return fragment; // not percent-encoded after all: compare it as written
        }
    }
}

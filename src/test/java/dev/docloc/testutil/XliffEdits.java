package dev.docloc.testutil;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Test helper: a translator's edits of a translations file's XML, as a CAT tool saves them. */
public final class XliffEdits {
    private XliffEdits() {}

    /**
     * The segment whose source is {@code source} (as the XML holds it, codes included) translated
     * as {@code target} in state reviewed, replacing the target it had (codes and all).
     */
    public static String translate(String xml, String source, String target) {
        Matcher m = Pattern.compile("(<segment id=\"[^\"]+\")[^>]*>(\\s*<source>" + Pattern.quote(source)
                + "</source>)(\\s*<target>.*?</target>)?", Pattern.DOTALL).matcher(xml);
        assertThat(m.find()).as("a segment with source %s", source).isTrue();
        return xml.substring(0, m.start()) + m.group(1) + " state=\"reviewed\">" + m.group(2)
                + "\n    <target>" + target + "</target>" + xml.substring(m.end());
    }
}

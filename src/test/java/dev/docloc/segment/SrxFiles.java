package dev.docloc.segment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Project SRX files for tests: one language rule for every language, ICU's boundaries off. */
final class SrxFiles {
    private SrxFiles() {
    }

    /** Writes {@code rules} ({@code <rule>} elements) as {@code dir/rules.srx} and returns its path. */
    static Path write(Path dir, String rules) throws IOException {
        Path srx = dir.resolve("rules.srx");
        Files.writeString(srx, """
                <?xml version="1.0" encoding="UTF-8"?>
                <srx xmlns="http://www.lisa.org/srx20" xmlns:okpsrx="http://okapi.sf.net/srx-extensions" version="2.0">
                <header segmentsubflows="yes" cascade="yes">
                <formathandle type="start" include="no"/><formathandle type="end" include="yes"/>
                <formathandle type="isolated" include="no"/>
                <okpsrx:options oneSegmentIncludesAll="no" trimLeadingWhitespaces="yes" trimTrailingWhitespaces="yes" useIcu4jBreakRules="no"/>
                </header>
                <body><languagerules><languagerule languagerulename="Default">
                """ + rules + """
                </languagerule></languagerules>
                <maprules><languagemap languagepattern=".*" languagerulename="Default"/></maprules>
                </body></srx>
                """);
        return srx;
    }
}

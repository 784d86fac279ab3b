package dev.docloc.segment;

import dev.docloc.parse.PageParser;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.sf.okapi.common.ISegmenter;

/**
 * What the segment tests read of a compiled Okapi segmenter (its rules, in order, through the
 * same reflection helper as {@link RuleFilter}) and the texts they split: every unit of the pages
 * vendored under {@code src/test/resources/corpus}.
 */
final class OkapiRules {
    private OkapiRules() {
    }

    /** The segmenter's rules in Okapi's order. */
    static List<?> rules(ISegmenter segmenter) throws ReflectiveOperationException {
        return (List<?>) BreakPrefilter.field(segmenter.getClass(), "rules").get(segmenter);
    }

    /** The pattern Okapi compiled for each rule, in order. */
    static List<Pattern> patterns(ISegmenter segmenter) throws ReflectiveOperationException {
        List<Pattern> out = new ArrayList<>();
        for (Object rule : rules(segmenter)) {
            out.add((Pattern) BreakPrefilter.field(rule.getClass(), "pattern").get(rule));
        }
        return out;
    }

    /** Whether each rule, in order, is a break rule. */
    static boolean[] isBreak(ISegmenter segmenter) throws ReflectiveOperationException {
        List<?> rules = rules(segmenter);
        boolean[] out = new boolean[rules.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = (boolean) BreakPrefilter.field(rules.get(i).getClass(), "isBreak").get(rules.get(i));
        }
        return out;
    }

    /** The patterns of the break rules, in order. */
    static List<Pattern> breakPatterns(ISegmenter segmenter) throws ReflectiveOperationException {
        List<Pattern> patterns = patterns(segmenter);
        boolean[] isBreak = isBreak(segmenter);
        List<Pattern> out = new ArrayList<>();
        for (int i = 0; i < isBreak.length; i++) {
            if (isBreak[i]) {
                out.add(patterns.get(i));
            }
        }
        return out;
    }

    /** The plain text of every unit of the vendored pages, unsplit. */
    static List<String> vendoredUnitTexts() throws IOException, URISyntaxException {
        return unitTexts(Path.of(OkapiRules.class.getResource("/corpus").toURI()));
    }

    /** The plain text of every unit of the Markdown pages under {@code dir}, unsplit: what a splitter is given. */
    static List<String> unitTexts(Path dir) throws IOException {
        List<String> texts = new ArrayList<>();
        Extractor unsplit = Extractor.create((SentenceSplitter) null, java.util.Set.of("title"));
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                var page = PageParser.parse(dir.relativize(f).toString(), Files.readAllBytes(f), f);
                for (TextUnit u : unsplit.extract(page)) {
                    texts.add(Parts.plainText(u.segments().get(0).source()));
                }
            }
        }
        return texts;
    }
}

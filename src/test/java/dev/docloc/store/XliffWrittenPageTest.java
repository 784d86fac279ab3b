package dev.docloc.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docloc.parse.PageParser;
import dev.docloc.segment.Extractor;
import dev.docloc.segment.Part;
import dev.docloc.segment.Segment;
import dev.docloc.segment.Text;
import dev.docloc.segment.TextUnit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The stored page {@link XliffFile#writeAndRead} gives with the text it writes is the page reading
 * that text gives: segments in order, codes and their types, targets, states, notes, offered
 * matches and the line of each segment. Extract puts it in the cache of read files, so a check
 * right after an extract uses it instead of reading the file; any difference would be a check or a
 * build that sees another page than the file holds.
 */
class XliffWrittenPageTest {
    private static final Extractor EXTRACTOR = Extractor.create("en", Set.of("title", "description"));

    @TempDir
    Path dir;

    /** Writes the page, reads the text back and compares; returns the number of segments compared. */
    private int assertSame(String path, List<TextUnit> units, String locale, Map<String, StoredSegment> targets,
                           Function<TextUnit, List<GlossaryHit>> glossary) {
        XliffFile.Written w = XliffFile.writeAndRead("en", locale, path, units, targets, glossary);
        assertThat(w.xml()).isEqualTo(XliffFile.write("en", locale, path, units, targets, glossary));
        Path file = dir.resolve("page.xlf");
        byte[] bytes = w.xml().getBytes(StandardCharsets.UTF_8);
        StoredPage read = XliffFile.read(file, bytes, locale, true);
        assertThat(w.page()).as(path + " in " + locale).isNotNull().isEqualTo(read);
        assertThat(List.copyOf(w.page().segments().keySet())).isEqualTo(List.copyOf(read.segments().keySet()));
        return read.segments().size();
    }

    /**
     * Targets for every other segment, pseudo-translated in {@code locale}, in changing states,
     * with notes and, for every third one, an offered match.
     */
    private static Map<String, StoredSegment> targets(List<TextUnit> units, String locale) {
        Map<String, StoredSegment> out = new LinkedHashMap<>();
        int n = 0;
        for (TextUnit u : units) {
            for (Segment s : u.segments()) {
                n++;
                if (n % 2 == 0) {
                    continue;
                }
                List<Part> target = PseudoTranslator.translate(s.source(), locale);
                State state = State.values()[n % State.values().length];
                List<String> notes = n % 5 == 1 ? List.of("checked against the glossary", "suppress qa-length") : List.of();
                List<Candidate> offered = n % 3 == 1
                        ? List.of(new Candidate(s.source(), target, 0.8537 + n % 7 / 100.0, "memory")) : List.of();
                out.put(s.id(), new StoredSegment(s.id(), s.source(), state == State.INITIAL ? List.of() : target,
                        state, notes, 0, offered));
            }
        }
        return out;
    }

    private static List<GlossaryHit> hits(TextUnit u) {
        return u.segments().isEmpty() ? List.of()
                : List.of(new GlossaryHit("hypervisor", "Software that runs virtual machines & <guests>.", List.of("hipervisor")));
    }

    private static Stream<Path> markdown(Path root) {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> p.toString().endsWith(".md")).sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private int assertPages(Path root) throws IOException {
        int segments = 0;
        for (Path md : markdown(root).toList()) {
            String path = root.relativize(md).toString().replace('\\', '/');
            List<TextUnit> units = EXTRACTOR.extract(PageParser.parse(path, Files.readAllBytes(md), md));
            for (String locale : List.of("en-XA", "ar-XB")) {
                segments += assertSame(path, units, locale, targets(units, locale), XliffWrittenPageTest::hits);
            }
        }
        return segments;
    }

    @Test
    void theVendoredPagesAndTheBundledArticlesGiveThePageTheirTextReadsAs() throws IOException {
        assertThat(assertPages(Path.of("src/test/resources/corpus"))).isGreaterThan(700);
        assertThat(assertPages(Path.of("source-docs"))).isGreaterThan(500);
    }

    @Test
    void theBundledTranslationsWrittenAgainGiveThePagesTheyAreReadAs() throws IOException {
        int files = 0;
        int offered = 0;
        try (Stream<Path> s = Files.walk(Path.of("translations"))) {
            for (Path xlf : s.filter(p -> p.toString().endsWith(".xlf")).sorted().toList()) {
                String locale = Path.of("translations").relativize(xlf).getName(0).toString();
                StoredPage stored = XliffFile.read(xlf, locale);
                Path md = Path.of("source-docs").resolve(stored.page());
                List<TextUnit> units = EXTRACTOR.extract(PageParser.parse(stored.page(), Files.readAllBytes(md), md));
                assertSame(stored.page(), units, locale, stored.segments(), u -> List.of());
                offered += stored.segments().values().stream().mapToInt(x -> x.candidates().size()).sum();
                files++;
            }
        }
        assertThat(files).isGreaterThan(50);
        assertThat(offered).as("offered matches in the bundled files").isPositive();
    }

    @Test
    void textsXmlEscapesOrThatAreHardToWriteComeBackTheSame() {
        String page = "# Guests & <hosts>\n\nUse `a < b && c > d` in \"quotes\" and 'apostrophes'. Then ]]> ends CDATA.\n\n"
                + "Emoji \uD83D\uDE80 and combining e\u0301 stay; NBSP\u00A0and tab\there. "
                + "A [link](https://example.org/?a=1&b=2 \"title & more\") and ![alt <x>](img.png).\n\n"
                + "| a | b |\n|---|---|\n| *x* | **y** |\n";
        List<TextUnit> units = EXTRACTOR.extract(PageParser.parse("a.md", page));
        Map<String, StoredSegment> targets = new LinkedHashMap<>();
        for (TextUnit u : units) {
            for (Segment s : u.segments()) {
                List<Part> t = new ArrayList<>(s.source());
                t.add(new Text(" \u00AB&amp; <b>\u00BB \uD83D\uDE80"));
                targets.put(s.id(), new StoredSegment(s.id(), s.source(), dev.docloc.segment.Parts.normalize(t),
                        State.TRANSLATED, List.of("a note with <markup> & \"quotes\""), 0));
            }
        }
        assertThat(assertSame("a.md", units, "de", targets, XliffWrittenPageTest::hits)).isGreaterThan(5);
    }

    /**
     * A pair of codes is an XML element, and XML readers stop at 1,000 levels: 2,000 nested
     * {@code <span>}s were written as a file that could not be read.
     */
    @Test
    void aParagraphOfTwoThousandNestedTagsIsWrittenAsAFileThatReadsBack() {
        String page = "<span>".repeat(2000) + "Deep text." + "</span>".repeat(2000) + "\n";
        List<TextUnit> units = EXTRACTOR.extract(PageParser.parse("a.md", page));
        assertThat(units).hasSize(1);
        assertThat(assertSame("a.md", units, "de", targets(units, "en-XA"), u -> List.of())).isEqualTo(1);
    }

    @Test
    void aTextWithACarriageReturnWhichXmlReadsAsALineFeedGivesNoPage() {
        List<TextUnit> units = EXTRACTOR.extract(PageParser.parse("a.md", "One line.\r\nSame paragraph.\r\n\r\nNext.\rOld Mac line.\n"));
        Map<String, StoredSegment> targets = new LinkedHashMap<>();
        for (TextUnit u : units) {
            for (Segment s : u.segments()) {
                targets.put(s.id(), new StoredSegment(s.id(), s.source(), List.of(new Text("Eine\rZeile.\r\nZwei.")),
                        State.TRANSLATED, List.of("note\r\nline"), 0));
            }
        }
        XliffFile.Written w = XliffFile.writeAndRead("en", "de", "a.md", units, targets, u -> List.of());
        assertThat(w.xml()).contains("\r").isEqualTo(XliffFile.write("en", "de", "a.md", units, targets));
        assertThat(w.page()).as("read when needed").isNull();
        StoredPage read = XliffFile.read(dir.resolve("a.xlf"), w.xml().getBytes(StandardCharsets.UTF_8), "de", true);
        assertThat(read.segments()).hasSize(4);
    }

    /** Values no field may break the file with: XML specials, characters XML 1.0 cannot hold, surrogates. */
    private static final String[] HARD = {"&", "<", ">", "\"", "'", "]]>", "&amp;", "<cp hex=\"1\"/>", "\t", "\n",
        "\u0000", "\u0001", "\u000B", "\u001F", "\u007F", "\u0085", "\u2028", "\uFFFE", "\uFFFF", "\uD800",
        "\uDC00", "\uD83D\uDE80", "\u00A0", "\uFEFF", "  ", "\u00E9"};

    /**
     * Every hard value in every field docloc writes (target, note, offered match's origin and
     * source, code data, glossary term, definition and translation, page path): the file written
     * is one docloc can read, with the schemas, and a page given with it is the page reading gives.
     * Okapi's writer leaves some of these as they are in some fields (a raw {@code ]]>} in a note,
     * a raw {@code &} in an origin, control characters in code data), which made files that the
     * next command refused.
     */
    @Test
    void noValueInAnyFieldMakesAFileDoclocCannotReadOrAPageOtherThanItsReading() {
        List<TextUnit> units = EXTRACTOR.extract(PageParser.parse("a.md", "# T\n\nOne `code` here. Two **b** there.\n\nThree.\n"));
        int pages = 0;
        List<String> differ = new ArrayList<>();
        List<String> values = new ArrayList<>();
        for (String atom : HARD) {
            values.add("x" + atom + "y");
        }
        java.util.Random random = new java.util.Random(20261126);
        for (int i = 0; i < 60; i++) {
            StringBuilder v = new StringBuilder();
            for (int k = random.nextInt(5); k >= 0; k--) {
                v.append(HARD[random.nextInt(HARD.length)]);
            }
            values.add(v.toString());
        }
        for (String value : values) {
            String atom = value;
            for (String field : List.of("target", "note", "origin", "candidate", "code", "term", "definition",
                    "translation", "path")) {
                Map<String, StoredSegment> targets = new LinkedHashMap<>();
                for (TextUnit u : units) {
                    for (Segment s : u.segments()) {
                        List<Part> t = new ArrayList<>(List.of(new Text("T")));
                        List<String> notes = new ArrayList<>();
                        List<Candidate> offered = new ArrayList<>();
                        switch (field) {
                            case "target" -> t = new ArrayList<>(List.of(new Text(value)));
                            case "note" -> notes.add(value);
                            case "origin" -> offered.add(new Candidate(s.source(), List.of(new Text("c")), 0.8, value));
                            case "candidate" -> offered.add(new Candidate(List.of(new Text(value)), List.of(new Text(value)), 0.8, "memory"));
                            case "code" -> t.add(dev.docloc.segment.Code.of("z" + s.id(), dev.docloc.segment.Code.Kind.PLACEHOLDER,
                                    dev.docloc.segment.Code.Type.CODE, value));
                            default -> { }
                        }
                        targets.put(s.id(), new StoredSegment(s.id(), s.source(), dev.docloc.segment.Parts.normalize(t),
                                State.TRANSLATED, notes, 0, offered));
                    }
                }
                GlossaryHit hit = new GlossaryHit(field.equals("term") ? value : "KVM",
                        field.equals("definition") ? value : "a hypervisor", List.of(field.equals("translation") ? value : "KVM"));
                String path = field.equals("path") ? "guides/" + value + ".md" : "a.md";
                XliffFile.Written w = XliffFile.writeAndRead("en", "de", path, units, targets, u -> List.of(hit));
                StoredPage read = XliffFile.read(dir.resolve("a.xlf"), w.xml().getBytes(StandardCharsets.UTF_8), "de", true);
                if (w.page() != null) {
                    if (!w.page().equals(read)) {
                        differ.add(field + " " + atom.codePoints().boxed().toList());
                    }
                    pages++;
                }
            }
        }
        assertThat(differ).as("pages given that differ from the reading").isEmpty();
        assertThat(pages).as("most values need no reading").isGreaterThan(values.size() * 9 / 3);
    }

    /**
     * Half a surrogate pair in a target (a translator's {@code <cp hex="D800"/>}) is written as
     * U+FFFD; the characters around it stay (Okapi's writer took the next one for the other half).
     */
    @Test
    void halfASurrogatePairInATargetLosesNoCharacterNextToIt() {
        List<TextUnit> units = EXTRACTOR.extract(PageParser.parse("a.md", "One sentence.\n"));
        Segment s = units.get(0).segments().get(0);
        for (String half : List.of("\uD800", "\uDC00")) {
            Map<String, StoredSegment> targets = Map.of(s.id(), new StoredSegment(s.id(), s.source(),
                    List.of(new Text("Uma" + half + "Frase \uD83D\uDE80" + half)), State.TRANSLATED, List.of(), 0, List.of()));
            XliffFile.Written w = XliffFile.writeAndRead("en", "de", "a.md", units, targets, u -> List.of());
            StoredPage read = XliffFile.read(dir.resolve("a.xlf"), w.xml().getBytes(StandardCharsets.UTF_8), "de", true);
            assertThat(dev.docloc.segment.Parts.plainText(read.segments().get(s.id()).target()))
                    .isEqualTo("Uma\uFFFDFrase \uD83D\uDE80\uFFFD");
        }
    }

    @Test
    void aRewordedSourceQuotingXmlCloseMarkupLeavesAFileTheNextCommandReads() {
        StoreFixture f = new StoreFixture(dir.resolve("translations"));
        String page = "guides/cdata.md";
        f.extract(page, "# CDATA\n\nThe marker ]]> closes a section.\n");
        f.translateRest(page, "# CDATA\n\nThe marker ]]> closes a section.\n", State.TRANSLATED);
        // the reworded source carries the translation forward with a note quoting the change
        f.extract(page, "# CDATA\n\nThe marker ]]> closes a CDATA section.\n");
        java.nio.file.Path file = f.store.file(StoreFixture.LOCALE, StoreFixture.key(page));
        StoredPage read = XliffFile.read(file, StoreFixture.LOCALE);
        assertThat(read.segments().values()).anyMatch(s -> s.notes().stream().anyMatch(n -> n.contains("]]>")));
    }
}

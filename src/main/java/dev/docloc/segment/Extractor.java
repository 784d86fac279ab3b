package dev.docloc.segment;

import dev.docloc.parse.Admonition;
import dev.docloc.parse.ContentTab;
import dev.docloc.parse.FrontMatter;
import dev.docloc.parse.HeadingAttributes;
import dev.docloc.parse.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/**
 * Extracts the translatable units of a page: paragraphs, headings, table cells, link titles,
 * image alt texts and titles, GitHub alert text (the marker stays), MkDocs admonition titles and
 * bodies (the marker and type stay), MkDocs content tab titles and configured front-matter
 * values. A heading's attribute block ({@code {#id}}) stays; so do the markers of content tabs
 * and admonitions, whose blocks are walked like any others. Code blocks, HTML blocks, reference
 * definitions and everything that is not prose stay locked. Thread-safe.
 *
 * <pre><code>
 * Extractor extractor = Extractor.create("en", Set.of("title", "description"));
 * List&lt;TextUnit&gt; units = extractor.extract(PageParser.parse("a.md", text));
 * </code></pre>
 */
public final class Extractor {
    /**
     * A GitHub alert marker at the start of a block quote's first line, and the blanks after it:
     * alone on its line (before a hard break's backslash, maybe) or followed by a title (Hugo).
     */
    private static final Pattern ALERT = Pattern.compile(
            "[ \\t]*\\[!(?:" + Admonition.ALERT_TYPES + ")](?:[ \\t]*\\\\?$|[ \\t]+)", Pattern.CASE_INSENSITIVE);

    private final SentenceSplitter splitter;
    private final Set<String> frontMatterKeys;

    private Extractor(SentenceSplitter splitter, Set<String> frontMatterKeys) {
        this.splitter = splitter;
        this.frontMatterKeys = Set.copyOf(frontMatterKeys);
    }

    /** Sentence segmentation with the default SRX rules of {@code sourceLanguage}. */
    public static Extractor create(String sourceLanguage, Set<String> frontMatterKeys) {
        return new Extractor(SentenceSplitter.forLanguage(sourceLanguage), frontMatterKeys);
    }

    /** With the given splitter, or none (one segment per unit) when {@code splitter} is null. */
    public static Extractor create(SentenceSplitter splitter, Set<String> frontMatterKeys) {
        return new Extractor(splitter, frontMatterKeys);
    }

    /** The units of {@code page}, in document order; a unit's nested units follow it. */
    public List<TextUnit> extract(Page page) {
        Objects.requireNonNull(page, "page must not be null");
        UnitFactory f = new UnitFactory(page.text(), page.bodyStart(), splitter);
        frontMatter(page.frontMatter(), f);
        new Walker(f).block(page.document());
        return List.copyOf(f.units());
    }

    private void frontMatter(FrontMatter fm, UnitFactory f) {
        for (FrontMatter.Entry e : fm.entries()) {
            if (frontMatterKeys.contains(e.key())) {
                f.context("front matter: " + e.key());
                f.plainUnit(e.value(), e.valueStart(), e.valueEnd(), Region.Syntax.YAML, UnitKind.FRONT_MATTER);
            }
        }
        f.context("");
    }

    /** Walks the blocks, keeping the heading path as translators' context. */
    private static final class Walker {
        private final UnitFactory f;
        private final List<String> headings = new ArrayList<>();

        Walker(UnitFactory f) {
            this.f = f;
        }

        void block(Node n) {
            if (n instanceof Paragraph p) {
                paragraph(p);
            } else if (n instanceof Heading h) {
                heading(h);
            } else if (n instanceof TableCell cell) {
                // commonmark-java shifts the inline spans of a cell with an escaped pipe: keep it locked
                if (cell.getFirstChild() != null && !f.sourceOf(cell).contains("\\|")) {
                    f.inlineUnit(cell.getFirstChild(), null, UnitKind.TABLE_CELL, Region.Syntax.TABLE_CELL);
                }
            } else if (n instanceof ContentTab.Title title) {
                if (title.getFirstChild() != null) {
                    f.inlineUnit(title.getFirstChild(), null, UnitKind.TAB_TITLE);
                }
            } else if (n instanceof Admonition.Title title) {
                if (title.getFirstChild() != null) {
                    f.inlineUnit(title.getFirstChild(), null, UnitKind.ADMONITION_TITLE);
                }
            } else if (isContainer(n)) {
                for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
                    block(c);
                }
            }
        }

        private static boolean isContainer(Node n) {
            return n instanceof org.commonmark.node.Document || n instanceof BlockQuote || n instanceof ContentTab
                    || n instanceof Admonition
                    || n instanceof org.commonmark.node.ListBlock || n instanceof org.commonmark.node.ListItem
                    || n instanceof org.commonmark.ext.footnotes.FootnoteDefinition
                    || n instanceof org.commonmark.ext.gfm.tables.TableBlock
                    || n instanceof org.commonmark.ext.gfm.tables.TableHead
                    || n instanceof org.commonmark.ext.gfm.tables.TableBody
                    || n instanceof org.commonmark.ext.gfm.tables.TableRow;
        }

        private void heading(Heading h) {
            if (h.getFirstChild() == null) {
                return;
            }
            String text = plain(h);
            while (headings.size() >= h.getLevel()) {
                headings.remove(headings.size() - 1);
            }
            while (headings.size() < h.getLevel() - 1) {
                headings.add("");
            }
            headings.add(text);
            f.context(String.join(" › ", headings.stream().filter(s -> !s.isEmpty()).toList()));
            boolean atx = isAtx(h);
            // an attribute block ({#id}) stays out of the unit: translated, it would lose its anchor;
            // one that says not to translate the heading ({.notranslate}) leaves no unit
            HeadingAttributes attributes = h.getLastChild() instanceof HeadingAttributes a ? a : null;
            if (h.getFirstChild() != attributes && (attributes == null || !attributes.notTranslated())) {
                f.inlineUnit(h.getFirstChild(), attributes, UnitKind.HEADING,
                        atx ? Region.Syntax.HEADING : Region.Syntax.INLINE);
            }
        }

        private boolean isAtx(Heading h) {
            return f.firstNonBlankIs(h, '#');
        }

        private void paragraph(Paragraph p) {
            if (p.getFirstChild() == null) {
                return;
            }
            Matcher alert = startsQuote(p) ? f.firstLine(p, ALERT) : null;
            if (alert != null) {
                f.inlineUnit(p.getFirstChild(), null, UnitKind.PARAGRAPH, alert.end(), Integer.MAX_VALUE);
            } else {
                f.inlineUnit(p.getFirstChild(), null, UnitKind.PARAGRAPH);
            }
        }

        private static boolean startsQuote(Paragraph p) {
            return p.getParent() instanceof BlockQuote && p.getPrevious() == null;
        }

        private static String plain(Node n) {
            StringBuilder sb = new StringBuilder();
            for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
                if (c instanceof Text t) {
                    sb.append(t.getLiteral());
                } else if (c instanceof org.commonmark.node.Code code) {
                    sb.append(code.getLiteral());
                } else if (c instanceof SoftLineBreak) {
                    sb.append(' ');
                } else {
                    sb.append(plain(c));
                }
            }
            return sb.toString();
        }
    }
}

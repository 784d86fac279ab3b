package dev.docloc.segment;

import dev.docloc.parse.FrontMatter;
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
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/**
 * Extracts the translatable units of a page: paragraphs, headings, table cells, link titles,
 * image alt texts and titles, GitHub alert text (the marker stays), MkDocs admonition titles and
 * configured front-matter values. Code blocks, HTML blocks, reference definitions and everything
 * that is not prose stay locked. Thread-safe.
 *
 * <pre><code>
 * Extractor extractor = Extractor.create("en", Set.of("title", "description"));
 * List&lt;TextUnit&gt; units = extractor.extract(PageParser.parse("a.md", text));
 * </code></pre>
 */
public final class Extractor {
    private static final Pattern ALERT = Pattern.compile("\\[!(?:NOTE|TIP|IMPORTANT|WARNING|CAUTION)]",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ADMONITION = Pattern.compile("(?:!!!|\\?\\?\\?\\+?)[ \\t]+[\\w-]+(?:[ \\t]+\"([^\"]*)\")?[ \\t]*");

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
            } else if (isContainer(n)) {
                for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
                    block(c);
                }
            }
        }

        private static boolean isContainer(Node n) {
            return n instanceof org.commonmark.node.Document || n instanceof BlockQuote
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
            f.inlineUnit(h.getFirstChild(), null, UnitKind.HEADING, atx ? Region.Syntax.HEADING : Region.Syntax.INLINE);
        }

        private boolean isAtx(Heading h) {
            return f.firstNonBlankIs(h, '#');
        }

        private void paragraph(Paragraph p) {
            Node first = p.getFirstChild();
            if (first instanceof Text t && p.getParent() instanceof BlockQuote && p.getPrevious() == null
                    && ALERT.matcher(t.getLiteral().strip()).matches()) {
                first = afterLineBreak(first);
            } else if (first instanceof Text t && (t.getLiteral().startsWith("!!!") || t.getLiteral().startsWith("???"))) {
                first = admonition(t);
            }
            if (first != null) {
                f.inlineUnit(first, null, UnitKind.PARAGRAPH);
            }
        }

        /** The admonition marker stays; its quoted title is a unit; the lines after it are a paragraph. */
        private Node admonition(Text first) {
            Matcher m = ADMONITION.matcher(first.getLiteral());
            if (!m.matches() || !(first.getNext() == null || first.getNext() instanceof SoftLineBreak
                    || first.getNext() instanceof HardLineBreak)) {
                return first;
            }
            if (m.group(1) != null && !first.getSourceSpans().isEmpty()) {
                int base = first.getSourceSpans().get(0).getInputIndex();
                f.plainUnitInBody(m.group(1), base + m.start(1), base + m.end(1), UnitKind.ADMONITION_TITLE);
            }
            return afterLineBreak(first);
        }

        private static Node afterLineBreak(Node n) {
            Node next = n.getNext();
            return next == null ? null : next.getNext();
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

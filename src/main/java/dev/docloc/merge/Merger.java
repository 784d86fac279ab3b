package dev.docloc.merge;

import com.ibm.icu.util.ULocale;
import dev.docloc.parse.Page;
import dev.docloc.segment.Code;
import dev.docloc.segment.Ignorable;
import dev.docloc.segment.Part;
import dev.docloc.segment.Region;
import dev.docloc.segment.Segment;
import dev.docloc.segment.Text;
import dev.docloc.segment.TextUnit;
import dev.docloc.segment.UnitPart;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.Node;

/**
 * Writes a localized page: the page source with each unit's content replaced by its rendered
 * translation. A unit without a usable translation is copied from the source byte for byte; a
 * translation whose codes do not match the source's, or whose formatting Markdown could not read
 * as formatting where it stands ({@link CodeMatcher}), is rejected and its unit falls back to the
 * source. Markup next to translated text is written so that it reads as in the source
 * ({@link FlankFixer}, {@link Autolinks}). Thread-safe.
 *
 * <pre><code>
 * MergeResult r = Merger.merge(page, units, translations, "pt-BR");
 * </code></pre>
 */
public final class Merger {
    /**
     * Where one sentence ends a line and the next starts another, in a unit whose source has one
     * sentence per line: a line break with nothing written before it.
     */
    private static final Code SENTENCE_BREAK = new Code("", Code.Kind.PLACEHOLDER, Code.Type.LINE_BREAK, "", -1, List.of());

    private Merger() {}

    public static MergeResult merge(Page page, List<TextUnit> units, Translations translations, String locale) {
        return new Run(page, units, translations, ULocale.forLanguageTag(locale)).merge();
    }

    /** One merge: not thread-safe. */
    private static final class Run {
        private final String src;
        private final Node document;
        private final List<TextUnit> units;
        private final Map<String, TextUnit> byId = new HashMap<>();
        private final Translations translations;
        private final ULocale locale;
        private final Set<String> untranslated = new HashSet<>();
        private final List<MergeResult.Rejected> rejected = new ArrayList<>();
        private final Map<String, SourceFill> fills = new HashMap<>();
        private int pageColumn = -1;
        private Boolean breaksLinks;
        private Set<String> labels;
        private int segments;
        private int translated;

        Run(Page page, List<TextUnit> units, Translations translations, ULocale locale) {
            this.src = page.text();
            this.document = page.document();
            this.units = units;
            this.translations = translations;
            this.locale = locale;
            for (TextUnit u : units) {
                byId.put(u.id(), u);
            }
        }

        MergeResult merge() {
            List<TextUnit> top = units.stream().filter(u -> u.parent() == null)
                    .sorted(java.util.Comparator.comparingInt(u -> u.region().start())).toList();
            StringBuilder out = new StringBuilder(src.length() + src.length() / 4);
            int pos = 0;
            for (TextUnit u : top) {
                if (u.region().start() < pos) {
                    continue;
                }
                out.append(src, pos, u.region().start()).append(renderSafely(u));
                pos = u.region().end();
            }
            out.append(src, pos, src.length());
            return new MergeResult(out.toString(), segments, translated, untranslated, rejected);
        }

        /**
         * A unit that cannot be rendered (a parser quirk the extractor did not foresee) keeps its
         * source text and is reported, rather than failing the page.
         */
        private String renderSafely(TextUnit u) {
            try {
                return render(u);
            } catch (RuntimeException e) {
                rejected.add(new MergeResult.Rejected(u.id(), "", "not rendered (" + e + "): the source text is kept"));
                return src.substring(u.region().start(), u.region().end());
            }
        }

        /** The unit's content: the source slice when no translation in it differs from its source. */
        private String render(TextUnit u) {
            List<Part> content = new ArrayList<>();
            boolean changed = false;
            for (UnitPart p : u.parts()) {
                if (p instanceof Segment s) {
                    List<Part> t = usable(u, s);
                    segments++;
                    if (t != null) {
                        translated++;
                        // a target equal to its source (a product name, a command) keeps the source's bytes
                        changed |= !t.equals(s.source());
                    } else {
                        untranslated.add(u.id());
                    }
                    content.addAll(t != null ? t : s.source());
                } else if (p instanceof Ignorable ig) {
                    content.add(fill(u).sentences() ? SENTENCE_BREAK : new Text(ig.text()));
                }
            }
            Map<String, String> nested = renderNested(u);
            if (!changed && nested.isEmpty()) {
                return src.substring(u.region().start(), u.region().end());
            }
            return write(u, content, nested);
        }

        /** Rendered nested units (titles, alt texts) that differ from their source. */
        private Map<String, String> renderNested(TextUnit u) {
            Map<String, String> out = new HashMap<>();
            for (UnitPart p : u.parts()) {
                if (p instanceof Segment s) {
                    for (Code c : dev.docloc.segment.Parts.codes(s.source())) {
                        for (String id : c.subflows()) {
                            TextUnit child = byId.get(id);
                            if (child == null) {
                                continue;
                            }
                            String r = render(child);
                            if (!r.equals(src.substring(child.region().start(), child.region().end()))) {
                                out.put(id, r);
                            }
                        }
                    }
                }
            }
            return out;
        }

        private List<Part> usable(TextUnit u, Segment s) {
            List<Part> t = translations.target(u, s);
            if (t == null) {
                return null;
            }
            String problem = CodeMatcher.problem(s.source(), t);
            if (problem != null) {
                rejected.add(new MergeResult.Rejected(u.id(), s.id(), problem));
                return null;
            }
            return t;
        }

        private String write(TextUnit u, List<Part> content, Map<String, String> nested) {
            Region r = u.region();
            return switch (r.syntax()) {
                case INLINE, HEADING, TABLE_CELL -> inline(u, content, nested);
                case TITLE_DOUBLE, TITLE_SINGLE, TITLE_PAREN -> Escaper.title(plain(content), r.syntax());
                case YAML -> Escaper.yaml(plain(content), quote(r));
                case HTML -> Escaper.html(plain(content));
            };
        }

        private char quote(Region r) {
            char c = src.charAt(r.start());
            return c == '"' || c == '\'' ? c : 0;
        }

        private static String plain(List<Part> content) {
            return dev.docloc.segment.Parts.plainText(content);
        }

        private String inline(TextUnit u, List<Part> content, Map<String, String> nested) {
            List<Layout.Token> tokens = tokens(u, content, nested);
            return laidOut(u, tokens) + trailingBlanks(u.region());
        }

        private String laidOut(TextUnit u, List<Layout.Token> tokens) {
            Region r = u.region();
            if (!rewrapped(u)) {
                StringBuilder sb = new StringBuilder();
                tokens.forEach(t -> sb.append(t.s()));
                return sb.toString();
            }
            int lineStart = src.lastIndexOf('\n', r.start() - 1) + 1;
            int firstColumn = src.codePointCount(lineStart, r.start());
            SourceFill fill = fill(u);
            int width = fill.sentences() ? 0 : fill.width(pageColumn(), r.width());
            return Layout.lay(tokens, r.continuation(), firstColumn, width, locale);
        }

        /**
         * The spaces and tabs that end the unit's source, which the translation's own are written
         * in place of. At the end of a paragraph they are no hard line break to CommonMark, but
         * Python-Markdown (MkDocs) reads two of them before a following list line as one.
         */
        private String trailingBlanks(Region r) {
            int s = r.end();
            while (s > r.start() && (src.charAt(s - 1) == ' ' || src.charAt(s - 1) == '\t')) {
                s--;
            }
            return src.substring(s, r.end());
        }

        /**
         * The unit's content as it is written: escaped text (not breakable inside link text when
         * the page keeps links whole), codes, and the line breaks of a multi-line unit.
         */
        private List<Layout.Token> tokens(TextUnit u, List<Part> content, Map<String, String> nested) {
            Region r = u.region();
            boolean linksWhole = rewrapped(u) && !breaksLinks();
            List<Layout.Token> tokens = new ArrayList<>();
            List<Part> parts = Autolinks.bound(FlankFixer.fix(content), r.syntax());
            Set<Integer> tildeRuns = Escaper.repeatedTildeRuns(lineAround(r, parts, nested));
            // a bare link could take in a bracket or tilde next to it: those stay escaped
            boolean bare = parts.stream().anyMatch(p -> p instanceof Code c && Autolinks.isBare(c));
            int links = 0;
            for (int i = 0; i < parts.size(); i++) {
                Part p = parts.get(i);
                if (p instanceof Text t) {
                    String s = i == parts.size() - 1 ? t.text().stripTrailing() : t.text();
                    boolean lineStart = i == 0 || parts.get(i - 1) instanceof Code c && c.type() == Code.Type.LINE_BREAK;
                    s = lineStart ? s.stripLeading() : s;
                    boolean beforeBracket = i + 1 < parts.size() && parts.get(i + 1) instanceof Code next
                            && codeData(next, nested).startsWith("[");
                    Escaper.Context context = bare ? Escaper.Context.UNKNOWN : context(r, parts, i, nested, tildeRuns);
                    String escaped = Escaper.inline(s, r.syntax(), lineStart, beforeBracket, context);
                    tokens.add(new Layout.Token(escaped, links == 0 || !linksWhole, false));
                } else if (p instanceof Code c) {
                    boolean br = c.type() == Code.Type.LINE_BREAK && r.multiline();
                    tokens.add(new Layout.Token(codeData(c, nested), false, br));
                    links += c.type() != Code.Type.LINK ? 0 : c.kind() == Code.Kind.OPEN ? 1 : c.kind() == Code.Kind.CLOSE ? -1 : 0;
                }
            }
            return tokens;
        }

        /** What the text at {@code i} of the unit's parts is written between. */
        private Escaper.Context context(Region r, List<Part> parts, int i, Map<String, String> nested, Set<Integer> tildeRuns) {
            Set<String> defined = ((Text) parts.get(i)).text().indexOf('[') >= 0 ? labels() : Set.of();
            return new Escaper.Context(written(r, parts, i, -1, nested), written(r, parts, i, 1, nested), defined, tildeRuns);
        }

        /**
         * The character written next to part {@code i} of the unit's parts, going by {@code step}:
         * the first one that way of the nearest part that is not empty, else of the page beyond
         * the unit; -1 at a line break or at the end of the page.
         */
        private int written(Region r, List<Part> parts, int i, int step, Map<String, String> nested) {
            for (int j = i + step; j >= 0 && j < parts.size(); j += step) {
                String s = parts.get(j) instanceof Code c ? codeData(c, nested) : ((Text) parts.get(j)).text();
                if (parts.get(j) instanceof Code c && c.type() == Code.Type.LINE_BREAK) {
                    return -1;
                }
                if (!s.isEmpty()) {
                    return step > 0 ? s.charAt(0) : s.charAt(s.length() - 1);
                }
            }
            int at = step > 0 ? r.end() : r.start() - 1;
            return at >= 0 && at < src.length() ? src.charAt(at) : -1;
        }

        /**
         * The unit's parts as written, with the rest of the page's lines that hold the unit around
         * them, for counting runs of tildes: each text between two NULs, since a tilde of the text
         * next to another outside it is escaped, and the run outside keeps its own length.
         */
        private String lineAround(Region r, List<Part> parts, Map<String, String> nested) {
            int lineStart = src.lastIndexOf('\n', r.start() - 1) + 1;
            int lineEnd = src.indexOf('\n', r.end());
            StringBuilder sb = new StringBuilder(src.substring(lineStart, r.start()));
            parts.forEach(p -> sb.append(p instanceof Code c ? codeData(c, nested) : "\0" + ((Text) p).text() + "\0"));
            return sb.append(src, r.end(), lineEnd < 0 ? src.length() : lineEnd).toString();
        }

        /** The labels of the page's link reference definitions, read for the first text with a bracket. */
        private Set<String> labels() {
            if (labels == null) {
                Set<String> found = new HashSet<>();
                collectLabels(document, found);
                labels = Set.copyOf(found);
            }
            return labels;
        }

        private static void collectLabels(Node node, Set<String> found) {
            for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
                if (n instanceof LinkReferenceDefinition d) {
                    found.add(Escaper.label(d.getLabel()));
                }
                collectLabels(n, found);
            }
        }

        /** How the source wrapped {@code u}; {@link SourceFill#NONE} for what is not re-wrapped. */
        private SourceFill fill(TextUnit u) {
            if (!rewrapped(u)) {
                return SourceFill.NONE;
            }
            return fills.computeIfAbsent(u.id(), id -> SourceFill.read(src, u, !breaksLinks()));
        }

        private static boolean rewrapped(TextUnit u) {
            return u.region().multiline() && u.region().syntax() == Region.Syntax.INLINE;
        }

        /** Whether some wrapped paragraph of the page breaks a line inside the text of a link. */
        private boolean breaksLinks() {
            if (breaksLinks == null) {
                breaksLinks = units.stream().filter(Run::rewrapped).anyMatch(t -> SourceFill.breaksLinks(src, t));
            }
            return breaksLinks;
        }

        /** The fill column of the page's wrapped paragraphs, read once, when the first is re-wrapped. */
        private int pageColumn() {
            if (pageColumn < 0) {
                pageColumn = SourceFill.pageColumn(units.stream().map(this::fill).toList());
            }
            return pageColumn;
        }

        /** The code's source with its nested units' translations spliced in. */
        private String codeData(Code c, Map<String, String> nested) {
            if (c.subflows().isEmpty() || c.start() < 0) {
                return c.data();
            }
            List<TextUnit> children = new ArrayList<>();
            for (String id : c.subflows()) {
                if (nested.containsKey(id)) {
                    children.add(byId.get(id));
                }
            }
            children.sort(java.util.Comparator.comparingInt(t -> t.region().start()));
            StringBuilder sb = new StringBuilder();
            int pos = c.start();
            for (TextUnit child : children) {
                if (child.region().start() < pos || child.region().end() > c.end()) {
                    return c.data();
                }
                sb.append(src, pos, child.region().start()).append(nested.get(child.id()));
                pos = child.region().end();
            }
            sb.append(src, pos, c.end());
            return sb.toString();
        }
    }
}

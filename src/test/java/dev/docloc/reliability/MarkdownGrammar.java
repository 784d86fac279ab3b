package dev.docloc.reliability;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Random Markdown documents built from CommonMark and GFM constructs: ATX and setext headings,
 * paragraphs with emphasis, links, images, code spans, autolinks, entities, escapes, inline HTML,
 * footnote references and hard breaks; nested lists (bullet, ordered, task), block quotes, GitHub
 * alerts, fenced code (some unclosed), indented code, tables (escaped pipes included), HTML
 * blocks, footnote definitions, link reference definitions, thematic breaks; YAML front matter,
 * a BOM, tabs, and LF, CRLF or mixed line endings. Unbalanced delimiters are generated on
 * purpose: the grammar is for robustness, not for well-formed pages only.
 */
final class MarkdownGrammar {
    /** The full grammar: stray delimiters, bare autolinks and backslash hard breaks included. */
    static final MarkdownGrammar ADVERSARIAL = new MarkdownGrammar(true);
    /**
     * Without the constructs of known pseudo-translation defects (stray delimiters, bare
     * {@code www.} and e-mail autolinks, backslash hard breaks); see {@link FuzzRegressionTest}.
     */
    static final MarkdownGrammar BALANCED = new MarkdownGrammar(false);

    private final boolean adversarial;

    private static final List<String> WORDS = List.of("KVM", "the", "guest", "host", "runs", "a", "virtual",
            "machine", "with", "QEMU", "memory", "CPU", "disk", "2", "GiB", "is", "not", "and", "e.g.", "Dr.",
            "über", "日本語", "مرحبا", "naïve", "x86_64", "v1.2.3", "50%", "don't", "vm-1", "$HOME");
    private static final List<String> PUNCT = List.of(".", ",", "!", "?", ":", ";", " —", "…", "", "", "");
    private static final List<String> STRAY = List.of("*", "_", "`", "[", "]", "(", ")", "<", ">", "|", "\\",
            "~", "!", "#", "&", "&amp", "**", "__", "``", "![", "](", "[^", "\t", "<!--", "-->", "{", "}");

    private MarkdownGrammar(boolean adversarial) {
        this.adversarial = adversarial;
    }

    /** A whole page. */
    Arbitrary<String> document() {
        return document(Arbitraries.of(LineEnding.class));
    }

    /** A whole page with LF, CRLF or mixed LF and CRLF line endings. */
    Arbitrary<String> documentWithoutLoneCr() {
        return document(Arbitraries.of(LineEnding.LF, LineEnding.CRLF, LineEnding.MIXED));
    }

    private Arbitrary<String> document(Arbitrary<LineEnding> lineEndings) {
        Arbitrary<String> body = block(2).list().ofMinSize(1).ofMaxSize(4)
                .flatMap(bs -> Arbitraries.of("\n\n", "\n", "\n\n\n").map(sep -> String.join(sep, bs)));
        return Combinators.combine(frontMatter(), body, Arbitraries.of("\n", "", "\n\n"),
                        lineEndings, Arbitraries.of(true, false, false, false, false))
                .as((fm, b, end, le, bom) -> (bom ? "\uFEFF" : "") + le.apply(fm + b + end));
    }

    enum LineEnding {
        LF, CRLF, MIXED, CR_ONLY;

        String apply(String text) {
            return switch (this) {
                case LF -> text;
                case CRLF -> text.replace("\n", "\r\n");
                case MIXED -> mixed(text);
                case CR_ONLY -> text.replace("\n", "\r");
            };
        }

        private static String mixed(String text) {
            StringBuilder sb = new StringBuilder();
            int n = 0;
            for (char c : text.toCharArray()) {
                sb.append(c == '\n' && n++ % 3 == 1 ? "\r\n" : String.valueOf(c));
            }
            return sb.toString();
        }
    }

    Arbitrary<String> frontMatter() {
        Arbitrary<String> value = inline(1).map(s -> s.replace("\n", " "));
        return Arbitraries.oneOf(
                Arbitraries.just(""), Arbitraries.just(""),
                Combinators.combine(value, value).as((t, d) -> "---\ntitle: " + t + "\ndescription: \"" + d.replace("\"", "\\\"")
                        + "\"\ntags: [kvm, qemu]\n---\n"),
                value.map(t -> "---\ntitle: '" + t.replace("'", "''") + "'\nsummary: |\n  " + t + "\n---\n"),
                Arbitraries.just("---\ntitle: unclosed front matter\n"));
    }

    Arbitrary<String> block(int depth) {
        if (depth <= 0) {
            return leafBlock();
        }
        return Arbitraries.frequencyOf(
                weighted(6, leafBlock()),
                weighted(2, list(depth)),
                weighted(1, blockQuote(depth)),
                weighted(1, alert()));
    }

    private static net.jqwik.api.Tuple.Tuple2<Integer, Arbitrary<? extends String>> weighted(int w, Arbitrary<String> a) {
        return net.jqwik.api.Tuple.of(w, a);
    }

    Arbitrary<String> leafBlock() {
        return Arbitraries.frequencyOf(
                weighted(6, paragraph()),
                weighted(3, atxHeading()),
                weighted(1, setextHeading()),
                weighted(2, fencedCode()),
                weighted(1, indentedCode()),
                weighted(2, table()),
                weighted(1, htmlBlock()),
                weighted(1, footnoteDefinition()),
                weighted(1, referenceDefinition()),
                weighted(1, Arbitraries.of("---", "***", "- - -", "___")));
    }

    Arbitrary<String> paragraph() {
        return inline(2).list().ofMinSize(1).ofMaxSize(3)
                .flatMap(lines -> (adversarial ? Arbitraries.of("\n", "  \n", "\\\n", "\n\t") : Arbitraries.of("\n", "  \n"))
                        .map(br -> String.join(br, lines)));
    }

    Arbitrary<String> atxHeading() {
        return Combinators.combine(Arbitraries.integers().between(1, 7), inline(2), Arbitraries.of("", " #", " ##", " #  "))
                .as((n, text, close) -> "#".repeat(n) + " " + text.replace("\n", " ") + close);
    }

    Arbitrary<String> setextHeading() {
        return Combinators.combine(inline(2), Arbitraries.of("===", "---", "=", "-------"))
                .as((text, line) -> text + "\n" + line);
    }

    Arbitrary<String> fencedCode() {
        Arbitrary<String> body = Arbitraries.of("virsh list --all", "echo \"*not emphasis*\"", "<b>html</b>",
                "\tindented", "```inner```", "", "a | b").list().ofMaxSize(3).map(l -> String.join("\n", l));
        return Combinators.combine(Arbitraries.of("```", "~~~", "````", "``"), Arbitraries.of("", "bash", "yaml {.x}", "console"),
                        body, Arbitraries.of(true, true, true, false), Arbitraries.of("", "  "))
                .as((fence, info, code, closed, indent) -> indent + fence + info + "\n" + code + (code.isEmpty() ? "" : "\n")
                        + (closed ? indent + fence : ""));
    }

    Arbitrary<String> indentedCode() {
        return Arbitraries.of("    virsh start vm1\n    virsh console vm1", "\tcode with a tab", "    *not* [a link](x)");
    }

    Arbitrary<String> table() {
        Arbitrary<String> cell = Arbitraries.oneOf(inline(1).map(s -> s.replace("\n", " ").replace("|", "\\|")),
                adversarial ? Arbitraries.of("`a \\| b`", "x \\| y", "", "**bold**", "[link](url)", "\\|")
                        : Arbitraries.of("`a \\| b`", "x \\| y", "**bold**", "[link](url)"));
        return Combinators.combine(Arbitraries.integers().between(1, 3), cell.list().ofMinSize(1).ofMaxSize(9),
                        Arbitraries.of(":---", "---", ":-:", "--:"), Arbitraries.of("| ", ""))
                .as((cols, cells, align, edge) -> {
                    StringBuilder sb = new StringBuilder(edge);
                    for (int c = 0; c < cols; c++) {
                        sb.append("H").append(c).append(" | ");
                    }
                    sb.append("\n").append(edge).append((align + " | ").repeat(cols)).append("\n");
                    for (int i = 0; i < cells.size(); i++) {
                        sb.append(i % cols == 0 ? edge : " | ").append(cells.get(i));
                        if (i % cols == cols - 1 || i == cells.size() - 1) {
                            sb.append("\n");
                        }
                    }
                    return sb.toString().stripTrailing();
                });
    }

    Arbitrary<String> htmlBlock() {
        return Combinators.combine(Arbitraries.of("<div class=\"note\">\n%s\n</div>", "<details>\n<summary>%s</summary>\n\n%s\n</details>",
                        "<!-- %s -->", "<table><tr><td>%s</td></tr></table>", "<div>\n\n%s\n\n</div>", "<?php %s ?>",
                        "<![CDATA[%s]]>", "<pre>\n%s\n</pre>"), inline(1))
                .as((template, text) -> template.replace("%s", text));
    }

    Arbitrary<String> footnoteDefinition() {
        return Combinators.combine(Arbitraries.of("1", "note", "x y"), inline(2))
                .as((label, text) -> "[^" + label + "]: " + text.replace("\n", "\n    "));
    }

    Arbitrary<String> referenceDefinition() {
        return Arbitraries.of("[docs]: https://example.com/docs \"The docs\"", "[Foo Bar]: <my url> 'title'",
                "[x]:\n/url\n\"title\"", "[unused]: /u");
    }

    Arbitrary<String> list(int depth) {
        Arbitrary<String> item = Arbitraries.oneOf(block(depth - 1), paragraph());
        return Combinators.combine(Arbitraries.of("- ", "* ", "+ ", "1. ", "2) ", "- [ ] ", "- [x] ", "10. "),
                        item.list().ofMinSize(1).ofMaxSize(3), Arbitraries.of(true, false))
                .as((marker, items, loose) -> {
                    String indent = " ".repeat(marker.replace("[ ] ", "").replace("[x] ", "").length());
                    StringBuilder sb = new StringBuilder();
                    for (String it : items) {
                        sb.append(marker).append(it.replace("\n", "\n" + indent)).append(loose ? "\n\n" : "\n");
                    }
                    return sb.toString().stripTrailing();
                });
    }

    Arbitrary<String> blockQuote(int depth) {
        return block(depth - 1).list().ofMinSize(1).ofMaxSize(2)
                .flatMap(bs -> Arbitraries.of("> ", ">", ">> ").map(p -> p + String.join("\n\n", bs).replace("\n", "\n" + p)));
    }

    Arbitrary<String> alert() {
        return Combinators.combine(Arbitraries.of("NOTE", "TIP", "IMPORTANT", "WARNING", "CAUTION", "note"), paragraph())
                .as((kind, text) -> "> [!" + kind + "]\n> " + text.replace("\n", "\n> "));
    }

    /** A line of inline content, nested up to {@code depth}. */
    Arbitrary<String> inline(int depth) {
        return inlinePiece(depth).list().ofMinSize(1).ofMaxSize(4)
                .flatMap(ps -> Arbitraries.of(" ", " ", "", "\t").map(sep -> String.join(sep, ps)))
                .map(s -> s.strip().isEmpty() ? "text" : s);
    }

    Arbitrary<String> inlinePiece(int depth) {
        Arbitrary<String> words = Combinators.combine(Arbitraries.of(WORDS).list().ofMinSize(1).ofMaxSize(5), Arbitraries.of(PUNCT))
                .as((w, p) -> String.join(" ", w) + p);
        if (depth <= 0) {
            return Arbitraries.frequencyOf(weighted(8, words), weighted(2, leafInline()));
        }
        Arbitrary<String> inner = inline(depth - 1).map(s -> s.replace("\n", " "));
        // links in link text are not links (CommonMark 6.3); balanced pages have plain link text
        Arbitrary<String> linkText = adversarial ? inner : words;
        return Arbitraries.frequencyOf(
                weighted(8, words),
                weighted(4, leafInline()),
                weighted(2, inner.map(s -> "*" + s + "*")),
                weighted(2, inner.map(s -> "**" + s + "**")),
                weighted(1, inner.map(s -> "_" + s + "_")),
                weighted(1, inner.map(s -> "~~" + s + "~~")),
                weighted(2, Combinators.combine(linkText, url(), Arbitraries.of("", " \"title\"", " 'a title'"))
                        .as((t, u, title) -> "[" + t + "](" + u + title + ")")),
                weighted(1, linkText.map(s -> "[" + s + "][docs]")),
                weighted(1, inner.map(s -> "<kbd>" + s + "</kbd>")),
                weighted(1, inner.map(s -> "<span class=\"x\">" + s + "</span>")),
                weighted(adversarial ? 1 : 0, Arbitraries.of(STRAY)));
    }

    Arbitrary<String> leafInline() {
        return Arbitraries.frequencyOf(
                weighted(3, Arbitraries.of("`virsh list`", "``a ` b``", "` x `", "`<tag>`", "`a|b`")),
                weighted(2, Arbitraries.of("![a diagram](img/arch.png)", "![](x.png \"t\")", "![alt *em*][docs]")),
                weighted(2, adversarial ? Arbitraries.of("<https://example.com>", "https://www.kernel.org/doc", "www.example.com",
                        "user@example.com", "<mailto:a@b.c>") : Arbitraries.of("<https://example.com>", "<mailto:a@b.c>")),
                weighted(2, Arbitraries.of("&amp;", "&copy;", "&#123;", "&#x1F600;", "&nbsp;", "&notanentity;", "&#0;")),
                weighted(2, adversarial ? Arbitraries.of("\\*", "\\_", "\\[", "\\`", "\\\\", "\\#", "\\|", "\\<")
                        : Arbitraries.of("\\*", "\\_", "\\[", "\\`", "\\\\")),
                weighted(1, Arbitraries.of("[^1]", "[^note]", "[^missing]")),
                weighted(1, Arbitraries.of("<br>", "<br/>", "<img src=\"a.png\" alt=\"x\">", "<!-- c -->", "<a href=\"/x\">x</a>"))
        );
    }

    Arbitrary<String> url() {
        return Arbitraries.of("https://example.com/docs", "../guides/install.md#checking-the-cpu", "#anchor",
                "<url with spaces>", "/a(b)c", "mailto:x@y.z", "", "img.png");
    }
}

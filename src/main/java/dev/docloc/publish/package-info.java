/**
 * Publishing: {@link dev.docloc.publish.SiteWriter} renders the localized Markdown of every locale
 * into a static HTML site (pages, per-locale indexes, a language chooser, {@code sitemap.xml} and a
 * stylesheet) whose heading anchors and links work in every locale; {@link dev.docloc.publish.LinkChecker}
 * verifies that every relative link and fragment of a written site resolves.
 */
package dev.docloc.publish;

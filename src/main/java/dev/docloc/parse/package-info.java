/**
 * Reading pages: {@link dev.docloc.parse.PageParser} splits off the BOM and YAML front matter and
 * parses the Markdown body with commonmark-java, source spans on, into a {@link dev.docloc.parse.Page};
 * {@link dev.docloc.parse.Markdown} also reads the site generators' heading attribute blocks, admonitions
 * and content tabs.
 */
package dev.docloc.parse;

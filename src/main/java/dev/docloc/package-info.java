/**
 * docloc: a documentation localization pipeline.
 *
 * <p>The packages follow the pipeline, in the order the stages run:
 * <ul>
 *   <li>{@code parse}: read a Markdown page (front matter, commonmark tree with source spans);</li>
 *   <li>{@code segment}: the data model (units, segments, typed inline codes) and the extractor that
 *       turns a page into translatable units split into sentences;</li>
 *   <li>{@code store}: XLIFF 2.1 translation files and the translation memory;</li>
 *   <li>{@code glossary}: the terminology glossary ({@code glossary.yml});</li>
 *   <li>{@code check}: terminology and Markdown-aware QA rules, producing {@code report.Issue}s;</li>
 *   <li>{@code merge}: splice translated segments back into the source text;</li>
 *   <li>{@code publish}: render localized Markdown to an HTML site per locale;</li>
 *   <li>{@code report}: findings and their text, JSON, SARIF and HTML output;</li>
 *   <li>{@code cli}: the {@code docloc} command line, which wires the stages together.</li>
 * </ul>
 * {@link dev.docloc.Project} holds a project's layout and configuration;
 * {@link dev.docloc.Localizer} runs the stages for a project, one command at a time ({@code extract}
 * through {@code Extraction}, {@code build} through {@code SiteBuild}), and keeps what a later run can
 * reuse in {@code target/docloc-cache/} ({@code dev.docloc.cache}).
 */
package dev.docloc;

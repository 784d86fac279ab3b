/**
 * The translation data model and the extractor. A page becomes a list of {@link dev.docloc.segment.TextUnit}s
 * (one per translatable block or attribute), each split into {@link dev.docloc.segment.Segment}s (sentences) whose
 * content is a list of {@link dev.docloc.segment.Part}s: plain {@link dev.docloc.segment.Text} and typed inline
 * {@link dev.docloc.segment.Code}s that stand for Markdown markup the translator must keep.
 */
package dev.docloc.segment;

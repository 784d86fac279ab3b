package dev.docloc.segment;

/** A part of a unit: a segment, or whitespace between sentences that is not translated. */
public sealed interface UnitPart permits Segment, Ignorable {}

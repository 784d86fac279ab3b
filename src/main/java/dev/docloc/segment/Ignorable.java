package dev.docloc.segment;

/** Whitespace between two sentences of a unit, kept as in the source. */
public record Ignorable(String text) implements UnitPart {}

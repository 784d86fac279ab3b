package dev.docloc.segment;

/** A piece of segment content: plain text or an inline code. */
public sealed interface Part permits Text, Code {}

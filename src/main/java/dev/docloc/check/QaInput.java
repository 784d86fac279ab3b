package dev.docloc.check;

import dev.docloc.segment.Part;
import dev.docloc.segment.UnitKind;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One translated segment to check.
 *
 * <p>Codes of the target are compared with those of the source by id and kind; the target may
 * miss some, repeat some, hold unknown ids or put a close before its open: finding that is the
 * point of the check.
 *
 * @param locale                  the target locale (BCP 47, {@code pt-BR})
 * @param sourceLocale            the source locale; null means {@code en}
 * @param unitKind                what the segment's unit is (heading, table cell, ...); null means paragraph
 * @param source                  the source content
 * @param target                  the translated content
 * @param anchorsOfLocalizedPage  heading anchors of the localized page; empty when not known, which
 *                                turns {@code qa-anchor} off
 * @param anchorsOfSourcePage     heading anchors of the source page
 */
public record QaInput(String locale, String sourceLocale, UnitKind unitKind, List<Part> source, List<Part> target,
                      Set<String> anchorsOfLocalizedPage, Set<String> anchorsOfSourcePage) {
    public QaInput {
        Objects.requireNonNull(locale, "locale must not be null");
        sourceLocale = sourceLocale == null ? "en" : sourceLocale;
        unitKind = unitKind == null ? UnitKind.PARAGRAPH : unitKind;
        source = List.copyOf(Objects.requireNonNull(source, "source must not be null"));
        target = List.copyOf(Objects.requireNonNull(target, "target must not be null"));
        anchorsOfLocalizedPage = anchorsOfLocalizedPage == null ? Set.of() : Set.copyOf(anchorsOfLocalizedPage);
        anchorsOfSourcePage = anchorsOfSourcePage == null ? Set.of() : Set.copyOf(anchorsOfSourcePage);
    }

    /** An input without page anchors, for callers that check segments out of their page. */
    public static QaInput of(String locale, UnitKind unitKind, List<Part> source, List<Part> target) {
        return new QaInput(locale, "en", unitKind, source, target, Set.of(), Set.of());
    }
}

package dev.docloc.check;

import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.ULocale;
import dev.docloc.check.QaNumbers.Num;
import dev.docloc.report.Severity;
import dev.docloc.segment.Parts;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code qa-number}: each number, version, size and unit of the source's text is in the target's
 * text with the same value, read with each side's locale conventions ({@link QaNumbers}): English
 * {@code 2,048} is {@code 2.048} in {@code pt-BR}, {@code 1.5} is {@code 1,5}. Numbers in codes
 * are locked and skipped. Versions and IP addresses are compared as written.
 *
 * <p>Numbers from 0 to 10 without a unit may be written as words ({@code 4} as {@code quatro}),
 * which the rule cannot read: such a number missing from the target is only reported when the
 * target has a number that the source does not, which means it was changed rather than spelled
 * out. A size whose unit changed between binary and decimal ({@code GiB} to {@code GB}) is
 * reported; localized unit names ({@code Gio}, {@code ГиБ}) are accepted. A whole number may also be
 * part of a date or similar token of the target ({@code 2024} in {@code 15.01.2024}). A number only
 * the target has shows in the message of the source number it replaced; where none was replaced it
 * is reported on its own, unless it is a whole number up to ten (which the source may spell out).
 */
final class QaNumberRule implements QaRule {
    static final int MAX_SPELLED_OUT = 10;
    private static final Set<String> SIZE_UNITS = Set.of("B", "kB", "KB", "MB", "GB", "TB", "PB", "KiB", "MiB",
            "GiB", "TiB", "PiB", "K", "M", "G", "T");
    private static final Map<String, String> SAME_UNIT = Map.of("K", "KiB", "M", "MiB", "G", "GiB", "T", "TiB",
            "kB", "KB");
    // one prototype per locale: ICU's lookup is costly, and a format is not thread-safe, so each use clones
    private static final Map<String, NumberFormat> FORMATS = new java.util.concurrent.ConcurrentHashMap<>();

    @Override
    public String id() {
        return "qa-number";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String description() {
        return "Numbers, versions, sizes and units of the source are in the target with the same value,"
                + " written with the locale's separators.";
    }

    @Override
    public void check(QaInput in, QaReport report) {
        List<Num> source = QaNumbers.forLocale(in.sourceLocale()).scan(Parts.textWithCodeMarks(in.source()));
        List<Num> target = QaNumbers.forLocale(in.locale()).scan(Parts.textWithCodeMarks(in.target()));
        List<Num> unmatched = target.stream().filter(t -> source.stream().noneMatch(s -> matches(s, t))).toList();
        Map<String, Num> distinct = new LinkedHashMap<>();
        source.forEach(n -> distinct.putIfAbsent(n.text() + "|" + n.unit(), n));
        boolean missing = false;
        for (Num n : distinct.values()) {
            List<Num> matches = target.stream().filter(t -> matches(n, t)).toList();
            if (matches.isEmpty() && !(spellable(n) && unmatched.isEmpty())) {
                missing = true;
                reportMissing(n, unmatched, in.locale(), report);
            } else if (!matches.isEmpty() && unitChanged(n, matches)) {
                report.add("The size " + QaText.quote(n.text() + " " + n.unit()) + " has a different unit in the"
                        + " target (" + QaText.quote(matches.get(0).unit()) + "): keep " + n.unit() + ".",
                        matches.get(0).unit());
            }
        }
        if (!missing) {
            reportAdded(unmatched, report);
        }
    }

    /**
     * Numbers only the target has, where no number of the source is missing (a changed number is
     * reported as missing, with the one that replaced it). A whole number up to ten without a unit
     * is left alone: the source may spell it out ({@code two disks}, {@code 2 discos}).
     */
    private static void reportAdded(List<Num> unmatched, QaReport report) {
        Map<String, Num> added = new LinkedHashMap<>();
        unmatched.stream().filter(t -> !spellable(t)).forEach(t -> added.putIfAbsent(t.text() + "|" + t.unit(), t));
        for (Num t : added.values()) {
            report.add("The target has the number " + QaText.quote(t.text()) + ", which the source does not: check"
                    + " that it was not added or mistyped, or remove it.", t.text());
        }
    }

    private static boolean matches(Num source, Num target) {
        return source.sameAs(target) || source.componentOf(target);
    }

    private static void reportMissing(Num n, List<Num> unmatched, String locale, QaReport report) {
        String has = unmatched.isEmpty() ? ""
                : ", which has " + unmatched.stream().map(u -> QaText.quote(u.text()))
                        .collect(Collectors.joining(", "));
        String todo = n.version() || n.value() == null ? "keep " + QaText.quote(n.text()) + " as it is"
                : "write " + QaText.quote(localized(n, locale)) + " (" + locale + " separators)";
        report.add("The number " + QaText.quote(n.text()) + " of the source is not in the target" + has + ": "
                + todo + ".", unmatched.size() == 1 ? unmatched.get(0).text() : n.text());
    }

    /** The number as {@code locale} writes it. */
    private static String localized(Num n, String locale) {
        NumberFormat f = (NumberFormat) FORMATS.computeIfAbsent(locale,
                l -> NumberFormat.getInstance(ULocale.forLanguageTag(l))).clone();
        f.setMinimumFractionDigits(Math.max(0, n.value().scale()));
        f.setMaximumFractionDigits(Math.max(0, n.value().scale()));
        return f.format(n.value());
    }

    private static boolean spellable(Num n) {
        return !n.version() && n.unit().isEmpty() && n.text().chars().allMatch(Character::isDigit)
                && n.value() != null && n.value().intValue() <= MAX_SPELLED_OUT;
    }

    private static boolean unitChanged(Num n, List<Num> matches) {
        if (!SIZE_UNITS.contains(n.unit())) {
            return false;
        }
        String unit = canonical(n.unit());
        return matches.stream().allMatch(m -> SIZE_UNITS.contains(m.unit()) && !canonical(m.unit()).equals(unit));
    }

    private static String canonical(String unit) {
        return SAME_UNIT.getOrDefault(unit, unit);
    }
}

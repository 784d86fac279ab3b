package dev.docloc.check;

import dev.docloc.report.Severity;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Settings of {@link QaChecker}: the severity of each rule and the accepted length ratios.
 *
 * <p>Rules missing from {@code severities} keep their default severity. {@code lengthBands} maps a
 * BCP 47 tag ({@code pt-BR}), a bare language ({@code de}) or {@code "default"} to
 * {@code {min, max}}, the accepted range of target length / source length; a locale is looked up
 * by its full tag, then by its language, then {@code "default"}.
 *
 * <p>Bands are arrays, so two configs with equal bands are not {@code equals}; compare
 * {@link #lengthBand} results instead.
 *
 * @param severities  rule id to severity
 * @param lengthBands locale to {@code {min, max}} length ratio
 */
public record QaConfig(Map<String, Severity> severities, Map<String, double[]> lengthBands) {

    /** The key of the band used for locales without their own. */
    public static final String DEFAULT_BAND = "default";

    public QaConfig {
        Objects.requireNonNull(severities, "severities must not be null");
        Objects.requireNonNull(lengthBands, "lengthBands must not be null");
        severities = Map.copyOf(severities);
        lengthBands = copyBands(lengthBands);
    }

    /** The default severities of every rule and the built-in length bands. */
    public static QaConfig defaults() {
        Map<String, double[]> bands = new LinkedHashMap<>();
        bands.put("de", new double[] {0.8, 2.2});
        bands.put("pt", new double[] {0.8, 2.0});
        bands.put("es", new double[] {0.8, 2.0});
        bands.put("fr", new double[] {0.8, 2.0});
        bands.put("it", new double[] {0.8, 2.0});
        bands.put("ru", new double[] {0.7, 2.0});
        bands.put("ja", new double[] {0.2, 1.2});
        bands.put("zh", new double[] {0.2, 1.0});
        bands.put("ko", new double[] {0.3, 1.3});
        bands.put("ar", new double[] {0.6, 1.8});
        bands.put("en-XA", new double[] {1.0, 2.5});
        bands.put("ar-XB", new double[] {1.0, 2.5});
        bands.put(DEFAULT_BAND, new double[] {0.5, 2.5});
        return new QaConfig(QaChecker.defaultSeverities(), bands);
    }

    /** The same settings with {@code rule} at {@code severity}. */
    public QaConfig withSeverity(String rule, Severity severity) {
        Map<String, Severity> s = new LinkedHashMap<>(severities);
        s.put(Objects.requireNonNull(rule, "rule must not be null"),
                Objects.requireNonNull(severity, "severity must not be null"));
        return new QaConfig(s, lengthBands);
    }

    /** The configured severity of {@code rule}, or {@code fallback} when it has none. */
    public Severity severity(String rule, Severity fallback) {
        return severities.getOrDefault(rule, fallback);
    }

    /** The accepted {@code {min, max}} length ratio for {@code locale} (a copy). */
    public double[] lengthBand(String locale) {
        for (String key : new String[] {locale, QaLocales.language(locale), DEFAULT_BAND}) {
            for (Map.Entry<String, double[]> e : lengthBands.entrySet()) {
                if (e.getKey().equalsIgnoreCase(key)) {
                    return e.getValue().clone();
                }
            }
        }
        return new double[] {0, Double.MAX_VALUE};
    }

    @Override
    public Map<String, double[]> lengthBands() {
        return copyBands(lengthBands);
    }

    private static Map<String, double[]> copyBands(Map<String, double[]> bands) {
        Map<String, double[]> out = new LinkedHashMap<>();
        bands.forEach((locale, band) -> {
            if (band == null || band.length != 2 || !(band[0] >= 0) || !(band[1] >= band[0])) {
                throw new IllegalArgumentException("length band of " + locale
                        + " must be {min, max} with 0 <= min <= max");
            }
            out.put(locale, band.clone());
        });
        return Collections.unmodifiableMap(out);
    }
}

package dev.docloc.report;

import java.util.List;

/** A realistic set of findings over three pages and four locales, with hostile and suppressed ones. */
final class SampleIssues {
    /** A translation that tries to run script in the HTML report. */
    static final String HOSTILE = "Configure a ponte <img src=x onerror=alert(1)>"
            + "<img src=y onerror=\"window.pwned=1\"><script>window.pwned=2</script>";

    private SampleIssues() {
    }

    static List<Issue> all() {
        return List.of(
                issue(Severity.WARNING, "term-missing", "pt-BR", "guides/install.md", 12, 7, "u3-s1",
                        "Install the hypervisor before you create guests.",
                        "Instale o monitor de m\u00e1quinas antes de criar convidados.", "hypervisor",
                        "\"hypervisor\" must be translated as \"hipervisor\".", "hypervisor", ""),
                issue(Severity.ERROR, "qa-codes", "pt-BR", "guides/install.md", 20, 7, "u5-s2",
                        "Run `virsh list` to see [running guests](vms.md).",
                        "Execute para ver [convidados em execu\u00e7\u00e3o](vms.md).", "",
                        "The code `virsh list` of the source is missing in the target.", "`virsh list`", ""),
                issue(Severity.WARNING, "qa-number", "pt-BR", "guides/install.md", 31, 7, "u8-s1",
                        "Give the guest 1,024 MiB of memory.", "D\u00ea ao convidado 1024 MiB de mem\u00f3ria.", "",
                        "The number 1,024 of the source (1.024 in pt-BR) is missing in the target.", "1024", ""),
                issue(Severity.ERROR, "qa-codes", "pt-BR", "guides/network.md", 8, 7, "u2-s1",
                        "Configure a bridge <br> for the guest network.", HOSTILE, "",
                        "The target has HTML that is not in the source.",
                        "<img src=x onerror=alert(1)>", ""),
                issue(Severity.WARNING, "qa-untranslated", "pt-BR", "reference/cli.md", 44, 7, "u9-s1",
                        "Lists all defined domains.", "Lists all defined domains.", "",
                        "The target is identical to the source.", "", ""),
                issue(Severity.ERROR, "term-dnt", "ja", "guides/install.md", 20, 7, "u5-s2",
                        "Run `virsh list` to see running guests.",
                        "`\u30d0\u30fc\u30b7\u30e5 list` \u3092\u5b9f\u884c\u3057\u307e\u3059\u3002", "virsh",
                        "\"virsh\" must not be translated.", "virsh", ""),
                issue(Severity.INFO, "qa-punctuation", "ja", "guides/install.md", 12, 7, "u3-s1",
                        "Install the hypervisor before you create guests.",
                        "\u30b2\u30b9\u30c8\u3092\u4f5c\u6210\u3059\u308b\u524d\u306b\u30cf\u30a4\u30d1\u30fc"
                                + "\u30d0\u30a4\u30b6\u30fc\u3092\u30a4\u30f3\u30b9\u30c8\u30fc\u30eb\u3057\u307e\u3059",
                        "", "The target should end with \u3002 like the source ends with a period.", "", ""),
                issue(Severity.ERROR, "term-forbidden", "de", "guides/install.md", 12, 7, "u3-s1",
                        "Install the hypervisor before you create guests.",
                        "Installieren Sie den Virtualisierer, bevor Sie G\u00e4ste anlegen.", "hypervisor",
                        "\"Virtualisierer\" is forbidden for \"hypervisor\"; use \"Hypervisor\".", "Virtualisierer", ""),
                issue(Severity.INFO, "qa-length", "de", "reference/cli.md", 44, 7, "u9-s1",
                        "Lists all defined domains.",
                        "Listet s\u00e4mtliche definierten Dom\u00e4nen einschlie\u00dflich inaktiver Dom\u00e4nen "
                                + "und ihrer Konfiguration auf.", "",
                        "The target is 3.4 times as long as the source (expected 0.8 to 1.8 for de).", "", ""),
                issue(Severity.WARNING, "qa-untranslated", "de", "guides/network.md", 3, 7, "u1-s1",
                        "KVM networking", "KVM networking", "",
                        "The target is identical to the source.", "", "Heading keeps the English product term."),
                issue(Severity.WARNING, "qa-anchor", "es", "guides/network.md", 15, 7, "u4-s1",
                        "See [bridges](#bridged-networking).", "Consulte [puentes](#bridged-networking).", "",
                        "The fragment #bridged-networking does not match a heading of the localized page "
                                + "(#redes-con-puente).", "#bridged-networking", ""));
    }

    static Issue issue(Severity severity, String rule, String locale, String page, int line, int column,
                       String segment, String source, String target, String term, String message,
                       String highlight, String suppressed) {
        String file = "translations/" + locale + "/" + page.replace(".md", ".xlf");
        return new Issue(severity, rule, locale, page, file, line, column, segment, source, target, term, message,
                highlight, suppressed);
    }

    static Report report() {
        return Report.of(all(), 3, 120);
    }
}

package dev.docloc.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.groups.Tuple.tuple;

import dev.docloc.report.Severity;
import dev.docloc.segment.Code;
import dev.docloc.segment.Part;
import dev.docloc.segment.UnitKind;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QaCheckerTest {
    private static final QaChecker CHECKER = new QaChecker(QaConfig.defaults());

    /** The findings of {@code rule} for a paragraph, with codes declared by {@code codes}. */
    private static List<QaFinding> check(String rule, String locale, QaSegments codes, String source, String target) {
        return check(rule, locale, UnitKind.PARAGRAPH, codes, source, target);
    }

    private static List<QaFinding> check(String rule, String locale, UnitKind kind, QaSegments codes, String source,
                                         String target) {
        QaInput in = QaInput.of(locale, kind, codes.parts(source), codes.parts(target));
        return CHECKER.check(in).stream().filter(f -> f.rule().equals(rule)).toList();
    }

    private static List<QaFinding> check(String rule, String locale, String source, String target) {
        return check(rule, locale, QaSegments.codes(), source, target);
    }

    @Nested
    class WholeSegments {
        private final QaSegments codes = QaSegments.codes().code("1", "virsh setmem guest1 2048M --config")
                .strong("2").link("3", "#snapshots");
        private static final String SOURCE = "Run {1/} to allocate 2,048 MiB to {2}guest1{/2}, then see {3}Snapshots{/3}.";

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "pt-BR | Execute {1/} para alocar 2.048 MiB para {2}guest1{/2} e consulte {3}Snapshots{/3}.",
            "de    | Führen Sie {1/} aus, um {2}guest1{/2} 2.048 MiB zuzuweisen, und lesen Sie dann {3}Snapshots{/3}.",
            "fr    | Exécutez {1/} pour allouer 2\u202F048 Mio à {2}guest1{/2}, puis consultez {3}Instantanés{/3}.",
            "es    | Ejecute {1/} para asignar 2.048 MiB a {2}guest1{/2} y, a continuación, consulte {3}Instantáneas{/3}.",
            "ru    | Выполните {1/}, чтобы выделить 2\u00A0048 МиБ для {2}guest1{/2}, затем см. {3}Снимки{/3}.",
            "ja    | {1/} を実行して {2}guest1{/2} に 2,048 MiB を割り当て、{3}スナップショット{/3}を参照してください。",
            "ar    | شغّل {1/} لتخصيص 2,048 MiB لـ {2}guest1{/2}، ثم راجع {3}اللقطات{/3}.",
        })
        void aGoodTranslationHasNoFindings(String locale, String target) {
            QaInput in = new QaInput(locale, "en", UnitKind.PARAGRAPH, codes.parts(SOURCE), codes.parts(target),
                    Set.of("snapshots"), Set.of("snapshots"));
            assertThat(CHECKER.check(in)).as(target).isEmpty();
        }

        @Test
        void aCarelessTranslationGetsOneFindingPerProblem() {
            QaInput in = new QaInput("pt-BR", "en", UnitKind.PARAGRAPH, codes.parts(SOURCE),
                    codes.parts("Execute para alocar 2.084 MiB para  {2}guest1{/2} e consulte {3}Snapshots{/3}"),
                    Set.of("instantaneos"), Set.of("snapshots"));
            assertThat(CHECKER.check(in)).extracting(QaFinding::rule).containsExactly(
                    "qa-codes", "qa-anchor", "qa-number", "qa-whitespace", "qa-punctuation");
        }
    }

    @Nested
    class Codes {
        private final QaSegments codes = QaSegments.codes().strong("1").link("2", "../guides/storage.md#snapshots")
                .code("3", "virsh list --all");

        @Test
        void keptCodesMovedToTheTranslatedWordsAreFine() {
            assertThat(check("qa-codes", "de", codes,
                    "Run {3/} to list {1}all{/1} guests, see {2}storage{/2}.",
                    "Mit {3/} listen Sie {1}alle{/1} Gäste auf, siehe {2}Speicher{/2}.")).isEmpty();
        }

        @Test
        void aTypeTheTranslationsFileRecordsOtherwiseIsNotAChange() {
            // the same markup, typed otherwise by the file (another tool dropped docloc's subType,
            // or recorded none): what is published is the source's code, so nothing is reported
            List<Part> source = codes.parts("Run {3/} to list {1}all{/1} guests, see {2}storage{/2}.");
            List<Part> target = new java.util.ArrayList<>();
            for (Part p : codes.parts("Mit {3/} listen Sie {1}alle{/1} Gäste auf, siehe {2}Speicher{/2}.")) {
                target.add(p instanceof Code c ? new Code(c.id(), c.kind(), c.type() == Code.Type.LINK
                        ? Code.Type.FOOTNOTE_REF : Code.Type.OTHER, c.data(), c.start(), c.subflows()) : p);
            }
            QaInput in = new QaInput("de", "en", UnitKind.PARAGRAPH, source, target, Set.of(), Set.of());
            assertThat(CHECKER.check(in)).extracting(QaFinding::rule).doesNotContain("qa-codes", "qa-link");
            // changed markup still is
            List<Part> changed = new java.util.ArrayList<>(target);
            changed.replaceAll(p -> p instanceof Code c && c.type() == Code.Type.OTHER && c.kind() == Code.Kind.OPEN
                    ? new Code(c.id(), c.kind(), Code.Type.OTHER, "*", c.start(), c.subflows()) : p);
            assertThat(CHECKER.check(new QaInput("de", "en", UnitKind.PARAGRAPH, source, changed, Set.of(), Set.of())))
                    .extracting(QaFinding::rule).contains("qa-codes");
        }

        @Test
        void missingPlaceholderIsAnErrorHighlightingItsMarkdown() {
            List<QaFinding> f = check("qa-codes", "pt-BR", codes,
                    "Run {3/} to list the guests.", "Execute o comando para listar os convidados.");
            assertThat(f).singleElement().satisfies(x -> {
                assertThat(x.severity()).isEqualTo(Severity.ERROR);
                assertThat(x.highlight()).isEqualTo("`virsh list --all`");
                assertThat(x.message()).contains("missing");
            });
        }

        /** A code the translator added in the file has no Markdown: the message names its element, not "". */
        @Test
        void anAddedCodeIsNamedByItsElement() {
            List<Part> source = codes.parts("Run {3/} on the host.");
            List<Part> target = new java.util.ArrayList<>(codes.parts("Exécutez {3/} sur l'hôte."));
            target.add(0, new Code("9", Code.Kind.OPEN, Code.Type.OTHER, "", 0, List.of()));
            target.add(2, new Code("9", Code.Kind.CLOSE, Code.Type.OTHER, "", 0, List.of()));
            target.add(new Code("8", Code.Kind.PLACEHOLDER, Code.Type.OTHER, "", 0, List.of()));
            QaInput in = new QaInput("fr", "en", UnitKind.PARAGRAPH, source, target, Set.of(), Set.of());
            assertThat(CHECKER.check(in)).extracting(QaFinding::message).filteredOn(m -> m.contains("not in the source"))
                    .containsExactlyInAnyOrder(
                            "The target has a code <pc id=\"9\"> that is not in the source: remove it, or use the source's code.",
                            "The target has a code </pc> (the end of <pc id=\"9\">) that is not in the source:"
                                    + " remove it, or use the source's code.",
                            "The target has a code <ph id=\"8\"/> that is not in the source: remove it, or use the source's code.");
        }

        @Test
        void duplicatedAndUnknownCodesAreExtra() {
            List<QaFinding> f = check("qa-codes", "fr", codes,
                    "Run {3/} on the host.", "Exécutez {3/} puis {3/} sur l'{9}hôte{/9}.");
            assertThat(f).extracting(QaFinding::message).anySatisfy(m -> assertThat(m).contains("more than once"))
                    .anySatisfy(m -> assertThat(m).contains("not in the source"));
            assertThat(f).hasSize(3);
        }

        @Test
        void aCodeThatTheSourceHasTwiceMayBeKeptTwice() {
            QaSegments twice = QaSegments.codes().code("4", "virsh");
            assertThat(check("qa-codes", "ar", twice, "Run {4/} and check the {4/} output.",
                    "شغّل {4/} وتحقق من مخرجات {4/}.")).isEmpty();
            assertThat(check("qa-codes", "ar", twice, "Run {4/} and check the {4/} output.",
                    "شغّل {4/} وتحقق من مخرجات {4/} و{4/}.")).singleElement()
                    .satisfies(x -> assertThat(x.message()).contains("2 times"));
        }

        @Test
        void closeBeforeOpenIsReported() {
            List<QaFinding> f = check("qa-codes", "es", codes,
                    "Stop {1}all{/1} guests.", "Detenga {/1}todos{1} los invitados.");
            assertThat(f).singleElement().satisfies(x -> assertThat(x.message()).contains("before its opening"));
        }

        @Test
        void crossedPairsAreReportedOnce() {
            List<QaFinding> f = check("qa-codes", "ru", codes,
                    "See {2}{1}storage pools{/1}{/2}.", "См. {2}{1}пулы хранения{/2}{/1}.");
            assertThat(f).singleElement().satisfies(x -> assertThat(x.message()).contains("overlaps"));
        }

        @Test
        void formattingAroundNoTextIsReported() {
            List<QaFinding> f = check("qa-codes", "ja", codes, "Stop {1}all{/1} guests.", "{1}{/1}すべてのゲストを停止します。");
            assertThat(f).singleElement().satisfies(x -> {
                assertThat(x.severity()).isEqualTo(Severity.ERROR);
                assertThat(x.highlight()).isEqualTo("**");
                assertThat(x.message()).contains("marks no text").contains("\"****\"");
            });
        }

        @Test
        void formattingTheMergeCanWriteIsFine() {
            // punctuation inside the pair and letters outside: merged with character references
            assertThat(check("qa-codes", "ja", codes, "Stop {1}all{/1} guests.", "これは{1}「すべて」{/1}です。")).isEmpty();
            assertThat(check("qa-codes", "de", QaSegments.codes().emphasis("1"), "The {1}main{/1} program.",
                    "Das {1}Haupt{/1}programm.")).isEmpty();
        }

        @Test
        void formattingTouchingMarkupThatStartsWithALetterIsReported() {
            QaSegments other = QaSegments.codes().strong("1").placeholder("2", Code.Type.OTHER, "x:y");
            List<QaFinding> f = check("qa-codes", "ja", other, "Stop {1}all{/1} {2/} guests.", "これは{1}「重要」{/1}{2/}です。");
            assertThat(f).singleElement().satisfies(x -> assertThat(x.message()).contains("touches \"x:y\""));
        }

        @Test
        void changedFormattingMarkupIsReported() {
            assertThat(check("qa-codes", "ja", codes, "Use {1}only{/1} raw images.", "{1|__}raw{/1|__} イメージのみを使用します。"))
                    .hasSize(2);
        }
    }

    /** Control characters reach a target through XLIFF's {@code <cp hex="…"/>}; HTML cannot hold them. */
    @Nested
    class ControlCharacters {
        private final QaSegments codes = QaSegments.codes().code("3", "virsh list --all");

        @Test
        void eachControlCharacterTheSourceDoesNotHaveIsAnError() {
            List<QaFinding> f = check("qa-codes", "de", codes, "Run {3/} to list the guests.",
                    "Mit {3/}\u0008 listen Sie die G\u0001ste\u0001 auf\u0085.");
            assertThat(f).extracting(QaFinding::severity, QaFinding::highlight).containsExactly(
                    tuple(Severity.ERROR, "\u0008"), tuple(Severity.ERROR, "\u0001"), tuple(Severity.ERROR, "\u0085"));
            assertThat(f.get(0).message()).contains("U+0008", "<cp hex=\"0008\"/>", "remove it");
            assertThat(f.get(1).message()).contains("U+0001 2 times");
        }

        @Test
        void halfOfASurrogatePairIsAnErrorAndAWholePairIsNot() {
            // XLIFF's <cp hex="D800"/> reads as a lone high surrogate; publishing writes "?" for it
            List<QaFinding> f = check("qa-codes", "de", codes, "Run {3/} to list the guests \uD83D\uDE00.",
                    "Mit {3/} listen Sie die G\uD800ste auf \uD83D\uDE00\uDC00.");
            assertThat(f).extracting(QaFinding::severity, QaFinding::highlight).containsExactly(
                    tuple(Severity.ERROR, "\uD800"), tuple(Severity.ERROR, "\uDC00"));
            assertThat(f.get(0).message()).contains("U+D800", "<cp hex=\"D800\"/>", "lone surrogate");
        }

        /** Extract writes a lone surrogate back as U+FFFD: the lost character must still be reported. */
        @Test
        void aReplacementCharacterTheSourceDoesNotHaveIsAnError() {
            List<QaFinding> f = check("qa-codes", "de", codes, "Run {3/} to list the guests.",
                    "Mit {3/} listen Sie die G\uFFFDste auf.");
            assertThat(f).extracting(QaFinding::severity, QaFinding::highlight)
                    .containsExactly(tuple(Severity.ERROR, "\uFFFD"));
            assertThat(f.get(0).message()).contains("U+FFFD", "lost");
            assertThat(check("qa-codes", "de", codes, "Run {3/} to list \uFFFD.", "Mit {3/} \uFFFD auflisten."))
                    .isEmpty();
        }

        @Test
        void tabsLineBreaksAndTheSourcesOwnControlCharactersAreFine() {
            assertThat(check("qa-codes", "de", codes, "Run {3/}\tto list\nthe guests.",
                    "Mit {3/}\tlisten Sie\r\ndie Gäste auf.")).isEmpty();
            assertThat(check("qa-codes", "de", codes, "Press \u0007 twice.", "Drücken Sie zweimal \u0007."))
                    .isEmpty();
            assertThat(check("qa-codes", "de", codes, "Press \u0007 twice.", "Drücken Sie \u0007\u0007."))
                    .singleElement().satisfies(x -> assertThat(x.message()).contains("U+0007").doesNotContain("times"));
        }
    }

    @Nested
    class Links {
        private final QaSegments codes = QaSegments.codes().link("1", "../guides/storage.md#snapshots \"Snapshots\"")
                .placeholder("2", Code.Type.AUTOLINK, "<https://libvirt.org>");

        @Test
        void keptLinksAreFine() {
            assertThat(check("qa-link", "pt-BR", codes,
                    "Read {1}the storage guide{/1} and {2/}.", "Leia {1}o guia de armazenamento{/1} e {2/}.")).isEmpty();
        }

        @Test
        void aChangedDestinationIsReportedWithBothUrls() {
            List<QaFinding> f = check("qa-link", "de", codes, "Read {1}the storage guide{/1}.",
                    "Lesen Sie {1}den Speicherleitfaden{/1|](../de/guides/storage.md#snapshots)}.");
            assertThat(f).singleElement().satisfies(x -> {
                assertThat(x.message()).contains("../guides/storage.md#snapshots", "../de/guides/storage.md#snapshots");
                assertThat(x.highlight()).isEqualTo("../de/guides/storage.md#snapshots");
            });
            assertThat(check("qa-codes", "de", codes, "Read {1}the storage guide{/1}.",
                    "Lesen Sie {1}den Speicherleitfaden{/1|](../de/guides/storage.md#snapshots)}.")).isEmpty();
        }

        @Test
        void aDroppedAutolinkIsReported() {
            assertThat(check("qa-link", "es", codes, "See {2/} for details.", "Consulte el sitio web para más detalles."))
                    .singleElement().satisfies(x -> assertThat(x.highlight()).isEqualTo("https://libvirt.org"));
        }

        @Test
        void aUrlTypedIntoTheTargetIsReportedAsTextThatIsNotLinked() {
            assertThat(check("qa-link", "fr", codes, "See {2/} for details.",
                    "Voir {2/} et https://libvirt.org/fr/ pour plus de détails."))
                    .singleElement().satisfies(x -> {
                        assertThat(x.highlight()).isEqualTo("https://libvirt.org/fr/");
                        assertThat(x.message()).contains("adds the URL", "as text",
                                "published as plain text, not as a link").doesNotContain("links to");
                    });
        }

        @Test
        void aLinkAddedByACodeIsReportedAsALink() {
            assertThat(check("qa-link", "fr", codes, "See {2/} for details.",
                    "Voir {2/} et {5|[}la page{/5|](https://libvirt.org/fr/)} pour plus de détails."))
                    .singleElement().satisfies(x -> {
                        assertThat(x.highlight()).isEqualTo("https://libvirt.org/fr/");
                        assertThat(x.message()).startsWith("The target links to").doesNotContain("as text");
                    });
        }

        @Test
        void anEmailAddressTypedIntoTheTargetIsReported() {
            QaSegments mail = QaSegments.codes().placeholder("3", Code.Type.AUTOLINK, "kvm@vger.kernel.org");
            assertThat(check("qa-link", "de", mail, "Mail {3/}.", "Schreiben Sie an {3/}.")).isEmpty();
            assertThat(check("qa-link", "de", mail, "Mail {3/}.", "Schreiben Sie an {3/} oder evil@evil.com."))
                    .singleElement().satisfies(x -> {
                        assertThat(x.highlight()).isEqualTo("evil@evil.com");
                        assertThat(x.message()).contains("adds the e-mail address", "which the source does not",
                                "not as a link");
                    });
        }

        @Test
        void targetCodesReadBackWithoutTypesAreCheckedAsTheSourceCodes() {
            List<Part> source = codes.parts("Read {1}the storage guide{/1} and {2/}.");
            List<Part> target = QaSegments.codes().parts(
                    "Leia {1|[}o guia de armazenamento{/1|](../guides/storage.md#snapshots \"Snapshots\")} e {2/|<https://libvirt.org/>}.");
            List<QaFinding> f = CHECKER.check(QaInput.of("pt-BR", UnitKind.PARAGRAPH, source, target));
            assertThat(f).extracting(QaFinding::rule, QaFinding::highlight)
                    .containsExactly(tuple("qa-link", "https://libvirt.org/"));
        }

        @Test
        void aQueryParameterNamedSrcIsPartOfTheUrl() {
            QaSegments query = QaSegments.codes().link("1", "https://example.org/view?src=disk.img");
            assertThat(check("qa-link", "de", query, "Open {1}the viewer{/1}.", "Öffnen Sie {1}den Viewer{/1}."))
                    .isEmpty();
            assertThat(check("qa-link", "de", query, "Open {1}the viewer{/1}.",
                    "Öffnen Sie {1}den Viewer{/1|](https://example.org/view?src=other.img)}.")).hasSize(1);
        }

        @Test
        void aTitleChangeIsNotALinkChange() {
            assertThat(check("qa-link", "ru", codes, "Read {1}the storage guide{/1}.",
                    "Прочтите {1}руководство{/1|](../guides/storage.md#snapshots \"Снимки\")}.")).isEmpty();
        }
    }

    @Nested
    class Anchors {
        private final QaSegments codes = QaSegments.codes().link("1", "#creating-snapshots");

        private List<QaFinding> check(Set<String> localized, Set<String> source) {
            QaInput in = new QaInput("pt-BR", "en", UnitKind.PARAGRAPH,
                    codes.parts("See {1}Creating snapshots{/1}."), codes.parts("Veja {1}Como criar snapshots{/1}."),
                    localized, source);
            return CHECKER.check(in).stream().filter(f -> f.rule().equals("qa-anchor")).toList();
        }

        @Test
        void aFragmentMissingFromTheLocalizedPageIsReported() {
            assertThat(check(Set.of("como-criar-snapshots"), Set.of("creating-snapshots")))
                    .singleElement().satisfies(x -> assertThat(x.highlight()).isEqualTo("#creating-snapshots"));
        }

        @Test
        void aFragmentThatTheLocalizedPageKeepsIsFine() {
            assertThat(check(Set.of("creating-snapshots", "como-criar"), Set.of("creating-snapshots"))).isEmpty();
        }

        @Test
        void percentEncodedFragmentsAreDecoded() {
            QaSegments ru = QaSegments.codes().link("1", "#%D1%81%D0%BD%D0%B8%D0%BC%D0%BA%D0%B8");
            QaInput in = new QaInput("ru", "en", UnitKind.PARAGRAPH, ru.parts("See {1}Snapshots{/1}."),
                    ru.parts("См. {1}Снимки{/1}."), Set.of("снимки"), Set.of("snapshots"));
            assertThat(CHECKER.check(in)).isEmpty();
        }

        @Test
        void htmlLinksToAFragmentAreCheckedToo() {
            QaSegments html = QaSegments.codes().pair("1", Code.Type.HTML, "<a href=\"#creating-snapshots\">", "</a>");
            QaInput in = new QaInput("es", "en", UnitKind.PARAGRAPH, html.parts("See {1}Creating snapshots{/1}."),
                    html.parts("Consulte {1}Crear instantáneas{/1}."), Set.of("crear-instantaneas"),
                    Set.of("creating-snapshots"));
            assertThat(CHECKER.check(in)).extracting(QaFinding::rule).containsExactly("qa-anchor");
        }

        @Test
        void aFragmentThatIsBrokenInTheSourceIsLeftToTheSource() {
            assertThat(check(Set.of("como-criar-snapshots"), Set.of("snapshots"))).isEmpty();
        }
    }

    @Nested
    class Numbers {
        @Test
        void groupingWrittenTheBrazilianWayIsTheSameNumber() {
            assertThat(check("qa-number", "pt-BR", "Allocate 2,048 MiB of memory to the guest.",
                    "Aloque 2.048 MiB de memória para o convidado.")).isEmpty();
        }

        @Test
        void transposedDigitsAreReportedWithTheExpectedForm() {
            assertThat(check("qa-number", "pt-BR", "Allocate 2,048 MiB of memory to the guest.",
                    "Aloque 2.084 MiB de memória para o convidado.")).singleElement().satisfies(x -> {
                        assertThat(x.severity()).isEqualTo(Severity.WARNING);
                        assertThat(x.highlight()).isEqualTo("2.084");
                        assertThat(x.message()).contains("\"2.048\"");
                    });
        }

        @Test
        void englishGroupingLeftInAGermanTargetReadsAsADecimal() {
            assertThat(check("qa-number", "de", "Allocate 2,048 MiB of memory to the guest.",
                    "Weisen Sie dem Gast 2,048 MiB Speicher zu.")).singleElement()
                    .satisfies(x -> assertThat(x.message()).contains("\"2.048\""));
        }

        @Test
        void decimalCommasAndSpaceGroupingAreTheSameValue() {
            assertThat(check("qa-number", "de", "Set the cache to 1.5 GiB.", "Setzen Sie den Cache auf 1,5 GiB.")).isEmpty();
            assertThat(check("qa-number", "fr", "The pool holds 10,000 volumes.",
                    "Le pool contient 10\u202F000 volumes.")).isEmpty();
            assertThat(check("qa-number", "ru", "Allocate 1,024 MiB.", "Выделите 1\u00A0024 МиБ.")).isEmpty();
            assertThat(check("qa-number", "ar", "Allocate 2,048 MiB.", "خصّص ٢٬٠٤٨ MiB.")).isEmpty();
        }

        @Test
        void versionsAreComparedAsWritten() {
            assertThat(check("qa-number", "ja", "Upgrade QEMU to 8.2.1 before you migrate.",
                    "移行する前に QEMU を 8.2.1 にアップグレードします。")).isEmpty();
            assertThat(check("qa-number", "ja", "Upgrade QEMU to 8.2.1 before you migrate.",
                    "移行する前に QEMU を 8.2.0 にアップグレードします。")).singleElement()
                    .satisfies(x -> assertThat(x.highlight()).isEqualTo("8.2.0"));
            assertThat(check("qa-number", "de", "QEMU 8.2 adds this option.", "QEMU 8.2 bietet diese Option.")).isEmpty();
        }

        @Test
        void japaneseWritesNumbersAgainstItsWords() {
            assertThat(check("qa-number", "ja", "Wait 30 seconds for the guest to shut down.",
                    "ゲストがシャットダウンするまで30秒待ちます。")).isEmpty();
            assertThat(check("qa-number", "ja", "Wait 30 seconds for the guest to shut down.",
                    "ゲストがシャットダウンするまで3秒待ちます。")).singleElement()
                    .satisfies(x -> assertThat(x.highlight()).isEqualTo("3"));
        }

        @Test
        void datesWrittenTheLocaleWayKeepTheirNumbers() {
            assertThat(check("qa-number", "de", "The release of 2024-01-15 fixes this.",
                    "Die Version vom 15.01.2024 behebt das.")).isEmpty();
            assertThat(check("qa-number", "de", "The release of 2024-01-15 fixes this.",
                    "Die Version vom 16.01.2024 behebt das.")).singleElement()
                    .satisfies(x -> assertThat(x.message()).contains("\"15\""));
        }

        @Test
        void smallNumbersMayBeSpelledOutButNotChanged() {
            assertThat(check("qa-number", "pt-BR", "Attach 4 disks to the guest.", "Anexe quatro discos ao convidado."))
                    .isEmpty();
            assertThat(check("qa-number", "pt-BR", "Attach 4 disks to the guest.", "Anexe 5 discos ao convidado."))
                    .hasSize(1);
        }

        @Test
        void aNumberOnlyTheTargetHasIsReportedUnlessItMayBeASpelledOutOne() {
            assertThat(check("qa-number", "pt-BR", "Give the guest more memory.", "Dê ao convidado mais 512 MiB de memória."))
                    .singleElement().satisfies(x -> assertThat(x.highlight()).isEqualTo("512"));
            assertThat(check("qa-number", "pt-BR", "Attach two disks to the guest.", "Anexe 2 discos ao convidado."))
                    .isEmpty();
            // a changed number is reported once, as the source's number missing
            assertThat(check("qa-number", "pt-BR", "Allocate 512 MiB.", "Aloque 1.024 MiB.")).singleElement()
                    .satisfies(x -> assertThat(x.message()).contains("of the source is not in the target"));
        }

        @Test
        void aClockTimeIsANumber() {
            assertThat(check("qa-number", "pt-BR", "Meetings are on Thursdays at 10AM Pacific Time.",
                    "As reuniões são às quintas-feiras, às 10h, horário do Pacífico.")).isEmpty();
        }

        @Test
        void numbersInCodesAreLocked() {
            QaSegments codes = QaSegments.codes().code("1", "qemu-img create -f qcow2 disk.img 20G");
            assertThat(check("qa-number", "es", codes, "Create the disk with {1/}.", "Cree el disco con {1/}.")).isEmpty();
        }

        @Test
        void percentagesMayTakeASpace() {
            assertThat(check("qa-number", "fr", "Reserve 10% of the host memory.",
                    "Réservez 10\u00A0% de la mémoire de l'hôte.")).isEmpty();
        }

        @Test
        void aBinarySizeTurnedDecimalIsReported() {
            assertThat(check("qa-number", "es", "Allocate 4 GiB to the guest.", "Asigne 4 GB al invitado."))
                    .singleElement().satisfies(x -> assertThat(x.highlight()).isEqualTo("GB"));
            assertThat(check("qa-number", "fr", "Allocate 4 GiB to the guest.", "Allouez 4 Gio à l'invité.")).isEmpty();
        }
    }

    @Nested
    class Empty {
        @Test
        void aBlankTargetIsTheOnlyFinding() {
            List<QaFinding> all = CHECKER.check(QaInput.of("ar", UnitKind.PARAGRAPH,
                    QaSegments.codes().code("1", "virsh").parts("Run {1/} as root."),
                    QaSegments.codes().parts(" \u00A0")));
            assertThat(all).extracting(QaFinding::rule).containsExactly("qa-empty");
        }

        /** Invisible characters show nothing: build publishes the source text for them, as for spaces. */
        @Test
        void aTargetOfInvisibleCharactersIsEmpty() {
            for (String target : new String[] {"\u200B", "\uFEFF", "\u200E\u3000", "\n", "\u2060\u00AD"}) {
                assertThat(check("qa-empty", "de", "Shut down the guest.", target)).as(target).hasSize(1);
            }
            assertThat(check("qa-empty", "de", "Shut down the guest.", "\u200BHerunterfahren.")).isEmpty();
        }

        @Test
        void aTargetThatKeepsTheCodesButNoWordsIsEmpty() {
            QaSegments codes = QaSegments.codes().code("1", "virsh");
            assertThat(check("qa-empty", "ja", codes, "Run {1/} as root.", "{1/}")).hasSize(1);
        }

        @Test
        void aSourceOfCodesOnlyMayHaveATargetOfCodesOnly() {
            QaSegments codes = QaSegments.codes().code("1", "virsh list");
            assertThat(check("qa-empty", "ja", codes, "{1/}", "{1/}")).isEmpty();
        }
    }

    @Nested
    class Untranslated {
        @Test
        void aCopiedSentenceIsReported() {
            assertThat(check("qa-untranslated", "de", "Shut down the guest before you take a snapshot.",
                    "Shut down the guest before you take a snapshot.")).hasSize(1);
        }

        @Test
        void namesAndIdentifiersStayAsTheyAre() {
            assertThat(check("qa-untranslated", "fr", "QEMU", "QEMU")).isEmpty();
            assertThat(check("qa-untranslated", "fr", "virtio-net", "virtio-net")).isEmpty();
            assertThat(check("qa-untranslated", "ru", "Red Hat Enterprise Linux", "Red Hat Enterprise Linux")).isEmpty();
            assertThat(check("qa-untranslated", "de", "Installation", "Installation")).isEmpty();
        }

        @Test
        void aTwoWordHeadingMayKeepAnEnglishTermButASentenceMayNot() {
            assertThat(check("qa-untranslated", "pt-BR", UnitKind.HEADING, QaSegments.codes(), "Huge pages",
                    "Huge pages")).isEmpty();
            assertThat(check("qa-untranslated", "pt-BR", UnitKind.HEADING, QaSegments.codes(),
                    "Configure huge pages", "Configure huge pages")).hasSize(1);
            assertThat(check("qa-untranslated", "pt-BR", "Start guests.", "Start guests.")).hasSize(1);
        }

        @Test
        void wordsInCodesAreNotWordsToTranslate() {
            QaSegments codes = QaSegments.codes().code("1", "virsh start guest1");
            assertThat(check("qa-untranslated", "es", codes, "{1/}", "{1/}")).isEmpty();
        }

        @Test
        void aCopyForAVariantOfTheSourceLanguageIsFine() {
            QaInput in = new QaInput("en-GB", "en", UnitKind.PARAGRAPH,
                    QaSegments.codes().parts("Shut down the guest first."),
                    QaSegments.codes().parts("Shut down the guest first."), Set.of(), Set.of());
            assertThat(CHECKER.check(in)).isEmpty();
        }

        @Test
        void theRightToLeftPseudoLocaleKeepsTheSourceText() {
            assertThat(check("qa-untranslated", "ar-XB", "Shut down the guest first.",
                    "\u202EShut down the guest first\u202C.")).isEmpty();
        }

        @Test
        void aTranslationIsFine() {
            assertThat(check("qa-untranslated", "es", "Shut down the guest.", "Apague el invitado.")).isEmpty();
        }
    }

    @Nested
    class Whitespace {
        @Test
        void doubledSpacesAreReported() {
            assertThat(check("qa-whitespace", "pt-BR", "Allocate memory to the guest.",
                    "Aloque memória  para o convidado.")).singleElement()
                    .satisfies(x -> assertThat(x.highlight()).isEqualTo("memória  para"));
        }

        @Test
        void doubledSpacesNextToACodeAreHighlightedWithoutTheCode() {
            QaSegments codes = QaSegments.codes().code("1", "virsh list");
            assertThat(check("qa-whitespace", "es", codes, "Run {1/} now.", "Ejecute  {1/} ahora."))
                    .singleElement().satisfies(x -> assertThat(x.highlight()).isEqualTo("Ejecute  "));
        }

        @Test
        void aNoBreakSpaceBeforeAFrenchColonIsOneSpace() {
            assertThat(check("qa-whitespace", "fr", "Run the following command:",
                    "Exécutez la commande suivante\u00A0:")).isEmpty();
        }

        @Test
        void trailingWhitespaceMustMatchTheSource() {
            assertThat(check("qa-whitespace", "ru", "Start the guest. ", "Запустите гостя.")).hasSize(1);
            assertThat(check("qa-whitespace", "ru", "Start the guest.", " Запустите гостя.")).hasSize(1);
            assertThat(check("qa-whitespace", "ru", "Start the guest. ", "Запустите гостя. ")).isEmpty();
        }

        @Test
        void japaneseSentencesNeedNoSpaceBetweenThem() {
            assertThat(check("qa-whitespace", "ja", "Start the guest. ", "ゲストを起動します。")).isEmpty();
            assertThat(check("qa-whitespace", "ja", "Start the guest.", "ゲストを起動します。 ")).hasSize(1);
        }
    }

    @Nested
    class Punctuation {
        @Test
        void japaneseEndsWithTheIdeographicFullStop() {
            assertThat(check("qa-punctuation", "ja", "Start the guest.", "ゲストを起動します。")).isEmpty();
            assertThat(check("qa-punctuation", "ja", "Start the guest.", "ゲストを起動します.")).hasSize(1);
        }

        @Test
        void spanishQuestionsOpenWithTheInvertedMark() {
            assertThat(check("qa-punctuation", "es", "Is KVM enabled?", "¿Está habilitado KVM?")).isEmpty();
            assertThat(check("qa-punctuation", "es", "Is KVM enabled?", "Está habilitado KVM?"))
                    .singleElement().satisfies(x -> assertThat(x.message()).contains("¿"));
        }

        @Test
        void arabicAsksWithTheArabicQuestionMark() {
            assertThat(check("qa-punctuation", "ar", "Is KVM enabled?", "هل KVM مفعّل؟")).isEmpty();
            assertThat(check("qa-punctuation", "ar", "Is KVM enabled?", "هل KVM مفعّل?")).hasSize(1);
        }

        @Test
        void japaneseMayEndAnIntroducingColonWithAFullStop() {
            assertThat(check("qa-punctuation", "ja", "Run the following command:", "次のコマンドを実行します。")).isEmpty();
            assertThat(check("qa-punctuation", "de", "Run the following command:", "Führen Sie den Befehl aus.")).hasSize(1);
        }

        @Test
        void frenchSpaceBeforeAColonIsAccepted() {
            assertThat(check("qa-punctuation", "fr", "Run the following command:",
                    "Exécutez la commande suivante\u202F:")).isEmpty();
        }

        @Test
        void aMissingFinalStopIsReportedInAParagraph() {
            assertThat(check("qa-punctuation", "de", "Start the guest.", "Starten Sie den Gast")).hasSize(1);
        }

        @Test
        void headingsTableCellsAndAltTextMayDropOrAddTheFinalStop() {
            assertThat(check("qa-punctuation", "de", UnitKind.HEADING, QaSegments.codes(),
                    "Start the guest.", "Gast starten")).isEmpty();
            assertThat(check("qa-punctuation", "de", UnitKind.TABLE_CELL, QaSegments.codes(),
                    "Enabled", "Aktiviert.")).isEmpty();
            assertThat(check("qa-punctuation", "fr", UnitKind.IMAGE_ALT, QaSegments.codes(),
                    "Diagram of the KVM stack", "Schéma de la pile KVM.")).isEmpty();
        }

        @Test
        void anAddedFinalMarkIsReported() {
            assertThat(check("qa-punctuation", "pt-BR", "Start the guest", "Inicie o convidado!")).singleElement()
                    .satisfies(x -> assertThat(x.highlight()).isEqualTo("!"));
        }

        @Test
        void aMissingMarkIsHighlightedAsTheSourceMark() {
            assertThat(check("qa-punctuation", "ru", "Is KVM enabled?", "Включён ли KVM")).singleElement()
                    .satisfies(x -> assertThat(x.highlight()).isEqualTo("?"));
        }

        @Test
        void pseudoLocalesAreNotChecked() {
            assertThat(check("qa-punctuation", "en-XA", "Start the guest.", "[Šţåŕţ ţĥé ĝûéšţ. one two]")).isEmpty();
        }

        @Test
        void germanClosingQuotesDoNotHideTheMark() {
            assertThat(check("qa-punctuation", "de", "The prompt asks \"Continue?\"",
                    "Die Eingabeaufforderung fragt „Fortfahren?“")).isEmpty();
            assertThat(check("qa-punctuation", "de", "The prompt asks \"Continue?\"",
                    "Die Eingabeaufforderung fragt „Fortfahren“")).hasSize(1);
        }

        @Test
        void closingBracketsAndTrailingCodesDoNotHideTheMark() {
            QaSegments codes = QaSegments.codes().link("1", "#networking");
            assertThat(check("qa-punctuation", "ja", codes, "Configure the bridge (see {1}Networking{/1}).",
                    "ブリッジを設定します（{1}ネットワーク{/1}を参照）。")).isEmpty();
        }
    }

    @Nested
    class Length {
        @Test
        void aTranslationInTheBandIsFine() {
            assertThat(check("qa-length", "de", "Shut down the guest before you take a snapshot.",
                    "Fahren Sie den Gast herunter, bevor Sie einen Snapshot erstellen.")).isEmpty();
        }

        @Test
        void aMuchShorterTranslationIsInfo() {
            assertThat(check("qa-length", "pt-BR", "Shut down the guest before you take a snapshot.",
                    "Desligue o convidado.")).singleElement()
                    .satisfies(x -> assertThat(x.severity()).isEqualTo(Severity.INFO));
        }

        @Test
        void japaneseIsExpectedToBeShort() {
            assertThat(check("qa-length", "ja", "Shut down the guest before you take a snapshot.",
                    "スナップショットを作成する前にゲストをシャットダウンします。")).isEmpty();
        }

        @Test
        void aWordOrTwoOutsideTheBandIsFineForShortTexts() {
            assertThat(check("qa-length", "de", UnitKind.HEADING, QaSegments.codes(), "The KVM device is missing",
                    "Das KVM-Gerät fehlt")).isEmpty();
            assertThat(check("qa-length", "es", UnitKind.HEADING, QaSegments.codes(),
                    "Guest boots but has no IP", "El arranque del invitado se completa, pero no obtiene IP")).isEmpty();
        }

        @Test
        void aTruncatedLongSentenceIsReported() {
            assertThat(check("qa-length", "ru", "Live migration moves a running guest to another host without"
                    + " stopping it.", "Живая миграция.")).singleElement()
                    .satisfies(x -> assertThat(x.message()).contains("ru", "70%"));
        }

        @Test
        void shortSourcesAreSkipped() {
            assertThat(check("qa-length", "de", "Start the guest.", "Starten Sie bitte jetzt den virtuellen Gast.")).isEmpty();
        }
    }

    @Nested
    class Structure {
        @Test
        void aTargetThatStartsAHeadingIsReported() {
            assertThat(check("qa-structure", "pt-BR", "Version 2 adds live migration.",
                    "# 2 adiciona migração ao vivo.")).singleElement()
                    .satisfies(x -> assertThat(x.highlight()).isEqualTo("#"));
        }

        @Test
        void aGermanDateAtTheStartOfALineReadsAsAListItem() {
            assertThat(check("qa-structure", "de", "Since January 1, the host runs KVM.",
                    "1. Januar: Der Host läuft mit KVM.")).singleElement()
                    .satisfies(x -> assertThat(x.highlight()).isEqualTo("1."));
        }

        @Test
        void aMarkerThatTheSourceAlsoHasIsFine() {
            assertThat(check("qa-structure", "es", "> Note: back up the disk first.",
                    "> Nota: primero haga una copia del disco.")).isEmpty();
        }

        @Test
        void aLaterLineStartingAListIsReportedButNotANumberThatCannotInterruptAParagraph() {
            assertThat(check("qa-structure", "de", "Attach the disk to the guest and restart it.",
                    "Hängen Sie die Festplatte an den\n1. Gast an.")).hasSize(1);
            assertThat(check("qa-structure", "de", "Attach the disk to the guest and restart it.",
                    "Hängen Sie die Festplatte an, die seit\n2024. verwendet wird.")).isEmpty();
        }

        @Test
        void aLineBreakInAHeadingIsReported() {
            assertThat(check("qa-structure", "fr", UnitKind.HEADING, QaSegments.codes(),
                    "Create a storage pool", "Créer un pool\nde stockage")).hasSize(1);
        }

        @Test
        void aHashInsideTheTextIsFine() {
            assertThat(check("qa-structure", "ru", UnitKind.HEADING, QaSegments.codes(),
                    "Use C# bindings", "Привязки C# для libvirt")).isEmpty();
        }

        @Test
        void aThematicBreakIsOneMarkerRepeatedAndALongRunDoesNotOverflow() {
            assertThat(check("qa-structure", "de", "Attach the disk.", "Festplatte\n* * *")).singleElement()
                    .satisfies(x -> assertThat(x.highlight()).isEqualTo("* * *"));
            assertThat(check("qa-structure", "de", "Attach the disk.", "Festplatte\n-*_")).isEmpty();
            for (String s : new String[] {"---", " ***", "   _ _ _\t", "- - - -"}) {
                assertThat(QaStructureRule.thematicBreak(s)).as(s).isTrue();
            }
            for (String s : new String[] {"--", "    ---", "-*-", "--- x", "", "=="}) {
                assertThat(QaStructureRule.thematicBreak(s)).as(s).isFalse();
            }
            // a run the size of a generated line, which the old expression recursed through
            String stars = "*".repeat(20_000) + "x" + "*".repeat(20_000);
            assertThat(check("qa-structure", "de", "Attach the disk.", "Festplatte\n" + stars)).isEmpty();
        }

        @Test
        void tableRowsKeepTheirColumnCount() {
            assertThat(QaChecker.checkTableColumns(3, 3)).isEmpty();
            assertThat(QaChecker.checkTableColumns(3, 4)).singleElement()
                    .satisfies(x -> assertThat(x.rule()).isEqualTo("qa-structure"));
        }
    }

    @Nested
    class Configuration {
        @Test
        void severitiesCanBeConfiguredPerRule() {
            QaChecker checker = new QaChecker(QaConfig.defaults().withSeverity("qa-punctuation", Severity.ERROR));
            List<QaFinding> f = checker.check(QaInput.of("de", UnitKind.PARAGRAPH,
                    QaSegments.codes().parts("Start the guest."), QaSegments.codes().parts("Starten Sie den Gast")));
            assertThat(f).extracting(QaFinding::severity).containsExactly(Severity.ERROR);
        }

        @Test
        void everyRuleHasADescriptionAndADefaultSeverity() {
            assertThat(QaChecker.ruleDescriptions()).containsOnlyKeys("qa-empty", "qa-codes", "qa-link", "qa-anchor",
                    "qa-number", "qa-untranslated", "qa-whitespace", "qa-punctuation", "qa-length", "qa-structure");
            assertThat(QaConfig.defaults().severities()).containsEntry("qa-length", Severity.INFO)
                    .containsEntry("qa-codes", Severity.ERROR).containsEntry("qa-number", Severity.WARNING);
        }

        @Test
        void anUnknownRuleInTheSeveritiesIsRejected() {
            QaConfig typo = QaConfig.defaults().withSeverity("qa-numbers", Severity.ERROR);
            assertThatIllegalArgumentException().isThrownBy(() -> new QaChecker(typo))
                    .withMessageContaining("qa-numbers").withMessageContaining("qa-number,");
        }

        @Test
        void aBadLengthBandIsRejected() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> new QaConfig(Map.of(), Map.of("de", new double[] {2.0, 0.8})))
                    .withMessageContaining("de");
        }

        @Test
        void lengthBandsFallBackFromTagToLanguageToDefault() {
            QaConfig c = QaConfig.defaults();
            assertThat(c.lengthBand("pt-BR")).containsExactly(0.8, 2.0);
            assertThat(c.lengthBand("en-XA")).containsExactly(1.0, 2.5);
            assertThat(c.lengthBand("sv")).containsExactly(0.5, 2.5);
        }
    }
}

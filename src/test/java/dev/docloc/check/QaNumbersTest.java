package dev.docloc.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.docloc.check.QaNumbers.Num;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QaNumbersTest {

    @ParameterizedTest(name = "{0}: \"{1}\" = {2}")
    @CsvSource(delimiter = ';', value = {
        "en; 1,024; 1024",
        "en; 1.5; 1.5",
        "pt-BR; 1.024; 1024",
        "pt-BR; 1,5; 1.5",
        "de; 2.048,25; 2048.25",
        "fr; 1\u202F024,5; 1024.5",
        "fr; 1 024; 1024",
        "ru; 1\u00A0048\u00A0576; 1048576",
        "ja; 1,024; 1024",
        "ar; 2,048; 2048",
        "ar; ٢٬٠٤٨; 2048",
        "ja; ２０４８; 2048",
    })
    void readsNumbersWithTheLocaleSeparators(String locale, String text, String value) {
        assertThat(QaNumbers.forLocale(locale).scan(text)).singleElement()
                .satisfies(n -> assertThat(n.value()).isEqualByComparingTo(new BigDecimal(value)));
    }

    @ParameterizedTest(name = "{0}: \"{1}\" has no value")
    @CsvSource(delimiter = ';', value = {"pt-BR; 2,048,1", "en; 1,2", "de; 10.00"})
    void separatorsThatDoNotFitTheLocaleGiveNoValue(String locale, String text) {
        assertThat(QaNumbers.forLocale(locale).value(QaNumbers.asciiDigits(text))).isNull();
    }

    @Test
    void versionsAndAddressesAreKeptAsWritten() {
        assertThat(QaNumbers.forLocale("de").scan("QEMU 8.2.1 auf 192.168.122.1"))
                .extracting(Num::text, Num::version)
                .containsExactly(tuple("8.2.1", true),
                        tuple("192.168.122.1", true));
    }

    @Test
    void digitsInIdentifiersAreNotNumbers() {
        assertThat(QaNumbers.forLocale("en").scan("x86_64 IPv4 qcow2 virtio-9p /dev/vda1 the 2nd disk")).isEmpty();
    }

    @Test
    void unitsAndPercentagesAreRead() {
        List<Num> nums = QaNumbers.forLocale("fr").scan("4 GiB, 512MiB, 10\u00A0% et 20G");
        assertThat(nums).extracting(Num::unit).containsExactly("GiB", "MiB", "%", "G");
    }

    @Test
    void aPlainSpaceGroupsDigitsOnlyWhereTheLocaleGroupsWithSpaces() {
        assertThat(QaNumbers.forLocale("en").scan("2 048")).hasSize(2);
        assertThat(QaNumbers.forLocale("fr").scan("2 048")).hasSize(1);
    }
}

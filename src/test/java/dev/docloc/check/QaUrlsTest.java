package dev.docloc.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** URLs typed in text, and the quick test that lets most segments skip the pattern. */
class QaUrlsTest {
    // the pattern of QaUrls, run on every text without the quick test
    private static final Pattern TEXT_URL =
            Pattern.compile("(?i)\\b(?:(?:https?|ftp)://|www\\.)[^\\s<>\"'`\\uFFFC]+");

    @Test
    void findsUrlsInTextWithoutTheirTrailingPunctuation() {
        assertThat(QaUrls.inText("See https://www.qemu.org/docs/. Then WWW.linux-kvm.org, or ftp://x.org."))
                .containsExactly("https://www.qemu.org/docs/", "WWW.linux-kvm.org", "ftp://x.org");
        assertThat(QaUrls.inText("No address in this sentence about www and dots... w.w.w.")).isEmpty();
    }

    @Test
    void findsEmailAddressesAsMarkdownWouldLinkThem() {
        assertThat(QaUrls.inText("Write to evil@evil.com, see www.qemu.org or mail kvm@www.linux-kvm.org."))
                .containsExactly("evil@evil.com", "www.qemu.org", "kvm@www.linux-kvm.org");
        assertThat(QaUrls.inText("Log in as root@localhost with https://admin@example.com/login or @evil.")).as(
                "no dot in the domain; user information in a URL").containsExactly("https://admin@example.com/login");
    }

    @Test
    void theQuickTestNeverSkipsATextThePatternMatches() {
        Random random = new Random(20261126);
        // pieces of URLs and near misses, so that a few thousand texts hold one
        String[] pieces = {"http", "HTTPS", "ftp", "s", "://", ":/", "/", ":", "www", "wW", "W", "w", ".", "..",
            " ", "x", "é", "<", "`"};
        int matched = 0;
        for (int i = 0; i < 200_000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int n = random.nextInt(8); n > 0; n--) {
                sb.append(pieces[random.nextInt(pieces.length)]);
            }
            String text = sb.toString();
            boolean found = TEXT_URL.matcher(text).find();
            matched += found ? 1 : 0;
            if (found) {
                assertThat(QaUrls.mayHoldUrl(text)).as(text).isTrue();
            }
            assertThat(QaUrls.inText(text)).as(text).hasSize((int) TEXT_URL.matcher(text).results().count());
        }
        assertThat(matched).as("texts with a URL among the random ones").isGreaterThan(2000);
    }
}

package dev.docloc.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SiteOptionsTest {
    @Test
    void theBaseUrlEndsWithASlash() {
        assertThat(SiteOptions.of("https://docs.example.com/kvm").baseUrl()).isEqualTo("https://docs.example.com/kvm/");
        assertThat(SiteOptions.of("https://docs.example.com/").baseUrl()).isEqualTo("https://docs.example.com/");
    }

    @Test
    void aBaseUrlWithAQueryOrFragmentIsRefused() {
        // canonical links, hreflang alternates and the sitemap append each page's path to it
        for (String url : new String[] {"https://docs.example.com/?v=1", "https://docs.example.com/#top",
                "https://docs.example.com/kvm?"}) {
            assertThatThrownBy(() -> SiteOptions.of(url)).as(url)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("query or fragment");
        }
    }
}

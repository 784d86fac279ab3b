package dev.docloc.publish;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SluggerTest {
    @Test
    void slugsAreGitHubStyle() {
        Slugger slugger = new Slugger();
        assertThat(slugger.slug("Install the packages")).isEqualTo("install-the-packages");
        assertThat(slugger.slug("What's new in v2.0?")).isEqualTo("whats-new-in-v20");
        assertThat(slugger.slug("KVM -- fast & simple")).isEqualTo("kvm----fast--simple");
        assertThat(slugger.slug("snake_case and Ünïcode")).isEqualTo("snake_case-and-ünïcode");
        assertThat(slugger.slug("日本語の見出し")).isEqualTo("日本語の見出し");
    }

    @Test
    void repeatedSlugsAreNumbered() {
        Slugger slugger = new Slugger();
        assertThat(slugger.slug("Snapshots")).isEqualTo("snapshots");
        assertThat(slugger.slug("Snapshots")).isEqualTo("snapshots-1");
        assertThat(slugger.slug("Snapshots-1")).isEqualTo("snapshots-1-1");
        assertThat(slugger.slug("Snapshots")).isEqualTo("snapshots-2");
        assertThat(slugger.slug("?!")).isEqualTo("section");
    }

    @Test
    void aHeadingsOwnIdIsNeverGivenToAnotherHeading() {
        var doc = dev.docloc.parse.Markdown.parser().parse("## B\n\n## A {#b}\n\n## B\n");
        assertThat(PageOutline.headingIds(doc)).containsExactly("b-1", "b", "b-2");
    }
}

package dev.docloc.publish;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docloc.parse.Markdown;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The title a page's first level-1 heading gives it, as MkDocs titles a page without one of its own. */
class PageOutlineTitleTest {
    private static Optional<String> title(String markdown) {
        return PageOutline.title(Markdown.parser().parse(markdown));
    }

    @Test
    void theFirstLevelOneHeadingGivesTheTitleNotALaterOne() {
        String page = "Intro paragraph.\n\n## Overview\n\n# Installing KVM\n\nText.\n\n# Appendix\n";
        assertThat(title(page)).as(page).contains("Installing KVM");
    }

    @Test
    void aPageWithOnlyLowerHeadingsHasNone() {
        String page = "## Overview\n\nText.\n\n### Details\n";
        assertThat(title(page)).as(page).isEmpty();
    }

    @Test
    void aSetextHeadingCountsAndItsLinesAreJoined() {
        String page = "Installing\nKVM on Debian\n=============\n\nText.\n";
        assertThat(title(page)).as(page).contains("Installing KVM on Debian");
    }

    @Test
    void markupAndTheAttributeBlockAreLeftOut() {
        String page = "#   *Live* __migration__ of `virsh` [guests](guests.md) ![KVM](kvm.png) &amp; more"
                + "   {#live .wide}\n";
        assertThat(title(page)).as(page).contains("Live migration of virsh guests KVM & more");
    }

    @Test
    void rawHtmlIsLeftOutAndWhitespaceCollapsed() {
        String page = "# Release <small>notes</small> \t for\tv2\n";
        assertThat(title(page)).as(page).contains("Release notes for v2");
    }

    @Test
    void aHeadingInAQuoteOrAListIsNotThePages() {
        String page = "> # Quoted\n\n- # Listed\n\nText.\n";
        assertThat(title(page)).as(page).isEmpty();
    }

    @Test
    void pageTextIsParsedAsFarAsItsHeadingGoes() {
        String filler = "A paragraph of text that comes before the heading.\n\n".repeat(200);
        String fence = "```\n" + "# not a heading\n".repeat(300) + "```\n\n";
        String page = "---\ndescription: d\n---\n" + fence + filler + "Late\n====\n\n" + filler + "# Later\n";
        assertThat(PageOutline.title(page)).contains("Late");
        assertThat(PageOutline.title("---\ntitle: T\n---\n## Only this\n" + filler)).isEmpty();
    }

    @Test
    void aReferenceDefinedFurtherDownStillMakesALink() {
        String filler = "A paragraph of text that comes after the heading.\n\n".repeat(200);
        String page = "# Using [KVM][kvm] and [QEMU]\n\n" + filler + "[kvm]: https://linux-kvm.org\n"
                + "[qemu]: https://www.qemu.org\n";
        assertThat(PageOutline.title(page)).contains("Using KVM and QEMU");
        assertThat(PageOutline.title("# Using [KVM][kvm]\n\n" + filler)).contains("Using [KVM][kvm]");
    }

    @Test
    void anEmptyHeadingGivesNoTitle() {
        String page = "#\n\n# ![](logo.png)\n\n# Real title\n";
        assertThat(title(page)).as(page).contains("Real title");
    }
}

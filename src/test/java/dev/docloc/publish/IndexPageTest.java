package dev.docloc.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexPageTest {
    @TempDir
    Path out;

    @Test
    void articlesAreSortedWithTheCollationOfEachLocale() throws IOException {
        // German sorts Ö with O; Swedish sorts it after Z. Plain string order would put Ö last in both.
        Map<String, String> titles = Map.of("a", "Zebra", "b", "Öl", "c", "Ost", "d", "apfel");
        List<SitePage> pages = new ArrayList<>();
        for (String locale : List.of("en", "de", "sv")) {
            titles.forEach((key, title) -> pages.add(new SitePage(key, locale, "# " + title + "\n", title, "", 1, false)));
        }
        Site site = new Site("en", List.of("en", "de", "sv"), Map.of(), pages, SiteOptions.of("https://docs.example.com/"));
        SiteWriter.write(site, out);
        assertThat(titles("de")).containsExactly("apfel", "Öl", "Ost", "Zebra");
        assertThat(titles("sv")).containsExactly("apfel", "Ost", "Zebra", "Öl");
    }

    @Test
    void aTitleStillInTheSourceLanguageIsMarkedWithIt() throws IOException {
        List<SitePage> pages = List.of(
                new SitePage("kvm", "en", "# What is KVM\n", "What is KVM", "", 1, false),
                new SitePage("migration", "en", "# Live migration\n", "Live migration", "", 1, false),
                new SitePage("kvm", "ar", "# ما هو KVM\n", "ما هو KVM", "", 1, false),
                new SitePage("migration", "ar", "# Live migration\n", "Live migration", "", 0, true));
        Site site = new Site("en", List.of("en", "ar"), Map.of(), pages, SiteOptions.of("https://docs.example.com/"));
        SiteWriter.write(site, out);
        var links = Jsoup.parse(out.resolve("ar/index.html").toFile(), "UTF-8").select("ul.articles a");
        assertThat(links.select("[lang=en][dir=ltr]").eachText()).containsExactly("Live migration");
        assertThat(links.select(":not([lang])").eachText()).containsExactly("ما هو KVM");
        assertThat(Jsoup.parse(out.resolve("en/index.html").toFile(), "UTF-8").select("ul.articles a[lang]")).isEmpty();
    }

    private List<String> titles(String locale) throws IOException {
        return Jsoup.parse(out.resolve(locale + "/index.html").toFile(), "UTF-8").select("ul.articles a").eachText();
    }
}

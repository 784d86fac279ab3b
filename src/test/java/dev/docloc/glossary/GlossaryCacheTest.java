package dev.docloc.glossary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.docloc.DoclocException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The glossary kept between runs is the glossary read from the YAML, and only for the same bytes. */
class GlossaryCacheTest {
    @TempDir
    Path dir;

    @Test
    void theBundledGlossaryComesBackEqualInEveryTermAndOrder() throws Exception {
        Path yml = Files.copy(Path.of("glossary.yml"), dir.resolve("glossary.yml"));
        Path cache = dir.resolve("target/glossary.bin");
        Glossary read = Glossary.load(yml);
        assertThat(Glossary.load(yml, cache)).isEqualTo(read);
        assertThat(cache).exists();
        Glossary cached = Glossary.load(yml, cache);
        assertThat(cached).isEqualTo(read);
        // toString lists maps in their order: the preferred translation and locale order survive
        assertThat(cached.toString()).isEqualTo(read.toString());
        assertThat(cached.terms()).hasSizeGreaterThan(100);
    }

    @Test
    void aRunTakesTheGlossaryFromTheCacheWhileTheBytesAreTheSame() throws Exception {
        Path yml = dir.resolve("glossary.yml");
        Files.writeString(yml, "sourceLocale: en\ntargetLocales: [de]\nterms:\n  - source: hypervisor\n"
                + "    translations:\n      de: Hypervisor\n");
        Path cache = dir.resolve("glossary.bin");
        Glossary.load(yml, cache);
        String header;
        try (var in = new java.io.DataInputStream(Files.newInputStream(cache))) {
            header = in.readUTF();
        }
        // a planted entry under the same header is what the next run gets: the YAML is not read
        Glossary planted = new Glossary("en", java.util.List.of("de"), java.util.List.of(Term.of("planted")),
                java.util.Map.of());
        dev.docloc.cache.CacheFile.write(cache, out -> {
            byte[] json = dev.docloc.cache.RecordJson.MAPPER.writeValueAsBytes(planted);
            out.writeUTF(header);
            out.writeInt(json.length);
            out.write(json);
        });
        assertThat(Glossary.load(yml, cache).terms()).extracting(Term::source).containsExactly("planted");

        // other bytes: read from the YAML again
        Files.writeString(yml, Files.readString(yml).replace("Hypervisor", "Hypervisor, Virtualisierer"));
        assertThat(Glossary.load(yml, cache).terms().get(0).translationsFor("de")).containsExactly("Hypervisor, Virtualisierer");
        // damaged: read from the YAML
        Files.write(cache, new byte[] {0, 3, 'x'});
        assertThat(Glossary.load(yml, cache).terms()).extracting(Term::source).containsExactly("hypervisor");
    }

    @Test
    void anInvalidGlossaryIsRefusedEveryTimeAndNeverCached() throws Exception {
        Path yml = dir.resolve("glossary.yml");
        Files.writeString(yml, "sourceLocale: en\ntargetLocales: [xx-YY]\nterms: []\n");
        Path cache = dir.resolve("glossary.bin");
        for (int run = 0; run < 2; run++) {
            assertThatThrownBy(() -> Glossary.load(yml, cache)).isInstanceOf(DoclocException.class)
                    .hasMessageContaining("xx");
        }
        assertThat(cache).doesNotExist();
        Files.write(yml, new byte[] {'s', (byte) 0xC3, '(', '\n'});
        assertThatThrownBy(() -> Glossary.load(yml, cache)).isInstanceOf(DoclocException.class)
                .hasMessageContaining("glossary.yml:1:2: invalid UTF-8");
    }
}

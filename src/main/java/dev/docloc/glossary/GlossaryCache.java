package dev.docloc.glossary;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A glossary as last read, kept in a cache file as JSON with the content hash of the
 * {@code glossary.yml} it was read from. Reading the YAML and validating every locale tag with
 * ICU's display names took a tenth of a command after a one-page change; a command whose
 * glossary did not change reads the JSON instead. Only a glossary that passed every check of
 * {@link GlossaryReader} is ever written, so the JSON needs none; a file for other bytes, another
 * build of docloc, or one that cannot be read is ignored.
 */
final class GlossaryCache {
    private static final ObjectMapper JSON = dev.docloc.cache.RecordJson.MAPPER;

    private GlossaryCache() {
    }

    static Glossary load(Path file, Path cacheFile) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return GlossaryReader.read(file); // says what is wrong with the file
        }
        String header = "docloc-glossary-1 " + dev.docloc.cache.CodeVersion.fingerprint() + " "
                + dev.docloc.cache.ContentHash.of(bytes);
        Glossary cached = read(cacheFile, header);
        if (cached != null) {
            return cached;
        }
        // strict UTF-8: invalid bytes stop the run with their line and column
        String text = dev.docloc.parse.PageParser.decode(bytes, file);
        Glossary glossary = GlossaryReader.read(file, text);
        dev.docloc.cache.CacheFile.write(cacheFile, out -> {
            out.writeUTF(header);
            byte[] json = JSON.writeValueAsBytes(glossary);
            out.writeInt(json.length);
            out.write(json);
        });
        return glossary;
    }

    /** The glossary kept in {@code cacheFile} under {@code header}, or null. */
    static Glossary read(Path cacheFile, String header) {
        if (!Files.isRegularFile(cacheFile)) {
            return null;
        }
        try (java.io.DataInputStream in = new java.io.DataInputStream(
                new java.io.BufferedInputStream(Files.newInputStream(cacheFile)))) {
            if (!in.readUTF().equals(header)) {
                return null;
            }
            int length = in.readInt();
            byte[] json = in.readNBytes(length);
            if (json.length != length || in.read() != -1) {
                return null;
            }
            return JSON.readValue(json, Glossary.class);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}

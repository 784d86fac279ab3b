package dev.docloc.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A jar is named by its content: a rebuild of the same classes keeps the name, a changed class does not. */
class CodeVersionTest {
    @TempDir
    Path dir;

    private Path jar(String name, Map<String, String> entries, String comment) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            if (comment != null) {
                zip.setComment(comment);
            }
            for (Map.Entry<String, String> e : new java.util.TreeMap<>(entries).entrySet()) {
                ZipEntry entry = new ZipEntry(e.getKey());
                entry.setTime(1_767_225_600_000L); // fixed, as project.build.outputTimestamp makes them
                zip.putNextEntry(entry);
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return file;
    }

    @Test
    void theSameContentWrittenAgainHasTheSameNameAndAChangedClassAnother() throws IOException {
        Map<String, String> classes = Map.of("dev/docloc/A.class", "one", "dev/docloc/B.class", "two");
        Path first = jar("first.jar", classes, null);
        Path again = jar("again.jar", classes, null);
        Files.setLastModifiedTime(again, FileTime.fromMillis(Files.getLastModifiedTime(first).toMillis() + 60_000));
        Path changed = jar("changed.jar", Map.of("dev/docloc/A.class", "one", "dev/docloc/B.class", "twO"), null);
        Path renamed = jar("renamed.jar", Map.of("dev/docloc/A.class", "one", "dev/docloc/C.class", "two"), null);

        String name = CodeVersion.ofJar(first);
        assertThat(name).startsWith("jar-cd ");
        assertThat(CodeVersion.ofJar(again)).isEqualTo(name);
        assertThat(CodeVersion.ofJar(changed)).isNotEqualTo(name);
        assertThat(CodeVersion.ofJar(renamed)).isNotEqualTo(name).isNotEqualTo(CodeVersion.ofJar(changed));
    }

    @Test
    void aJarWithACommentIsReadAndAFileThatIsNoJarHasNoContentName() throws IOException {
        Map<String, String> classes = Map.of("x.class", "x");
        assertThat(CodeVersion.ofJar(jar("commented.jar", classes, "built by PK\u0005\u0006 someone")))
                .isEqualTo(CodeVersion.ofJar(jar("plain.jar", classes, null)));
        Path text = dir.resolve("not.jar");
        Files.writeString(text, "not a zip file at all");
        assertThat(CodeVersion.ofJar(text)).isNull();
        Path empty = dir.resolve("empty.jar");
        Files.write(empty, new byte[0]);
        assertThat(CodeVersion.ofJar(empty)).isNull();
    }
}

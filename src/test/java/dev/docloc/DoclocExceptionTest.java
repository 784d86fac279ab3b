package dev.docloc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file that cannot be read is reported with the reason in words and what to do, once named. */
class DoclocExceptionTest {
    @TempDir
    Path dir;

    @Test
    void aMissingFileSaysSo() {
        Path file = dir.resolve("glossary.yml");
        IOException e = assertThrows(IOException.class, () -> Files.readAllBytes(file));
        assertThat(DoclocException.cannotRead(file, "the glossary", e))
                .hasMessage(file + ": cannot read the glossary: it does not exist; check the path");
    }

    @Test
    void aFolderSaysSo() {
        IOException e = assertThrows(IOException.class, () -> Files.readAllBytes(dir));
        assertThat(DoclocException.cannotRead(dir, null, e)).hasMessage(dir + ": cannot read: it is a folder, not a file");
    }

    @Test
    void aFileWithoutPermissionSaysWhatToCheck() {
        // the system's own message is the path alone, which the error already starts with
        Path file = dir.resolve("de.xlf");
        DoclocException x = DoclocException.cannotRead(file, null, new AccessDeniedException(file.toString()));
        assertThat(x).hasMessage(file + ": cannot read: permission denied; check the file's permissions and owner");
        assertThat(x.file()).isEqualTo(file);
    }
}

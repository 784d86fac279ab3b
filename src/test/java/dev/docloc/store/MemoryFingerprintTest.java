package dev.docloc.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docloc.segment.Code;
import dev.docloc.segment.Part;
import dev.docloc.segment.Text;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Memory#fingerprint()} stands for the entries, whatever the order they came in. */
class MemoryFingerprintTest {
    @TempDir
    Path tmp;

    @Test
    void theSameEntriesInAnyOrderHaveTheSameFingerprint() {
        List<Memory.Entry> pairs = pairs(200);
        Memory a = Memory.empty();
        a.addAll(pairs);
        List<Memory.Entry> shuffled = new ArrayList<>(pairs);
        Collections.shuffle(shuffled, new Random(7));
        Memory b = Memory.empty();
        b.addAll(shuffled);
        assertThat(b.fingerprint()).isEqualTo(a.fingerprint()).isNotEqualTo(Memory.empty().fingerprint());
    }

    @Test
    void aReplacedTargetChangesItAndPuttingTheOldOneBackRestoresIt() {
        Memory m = Memory.empty();
        m.addAll(pairs(20));
        String before = m.fingerprint();
        List<Part> source = List.of(new Text("Sentence 3 about KVM."));
        assertThat(m.add(source, List.of(new Text("Satz drei, überarbeitet.")))).isTrue();
        assertThat(m.fingerprint()).isNotEqualTo(before);
        m.add(source, List.of(new Text("Satz 3 über KVM.")));
        assertThat(m.fingerprint()).isEqualTo(before);
    }

    @Test
    void codesCountWithTheirIdsAndTypesNotOnlyTheirMarkup() {
        List<Part> target = List.of(new Text("Starten Sie "), Code.of("1", Code.Kind.PLACEHOLDER, Code.Type.CODE, "`virsh`"));
        Memory a = Memory.empty();
        a.add(List.of(new Text("Run "), Code.of("1", Code.Kind.PLACEHOLDER, Code.Type.CODE, "`virsh`")), target);
        Memory b = Memory.empty();
        b.add(List.of(new Text("Run "), Code.of("2", Code.Kind.PLACEHOLDER, Code.Type.CODE, "`virsh`")), target);
        Memory c = Memory.empty();
        c.add(List.of(new Text("Run "), Code.of("1", Code.Kind.PLACEHOLDER, Code.Type.HTML, "`virsh`")), target);
        assertThat(List.of(a.fingerprint(), b.fingerprint(), c.fingerprint())).doesNotHaveDuplicates();
    }

    @Test
    void aMemorySavedAndReadAgainUnchangedKeepsItsFingerprint() throws Exception {
        Memory m = Memory.empty();
        m.addAll(pairs(50));
        m.add(List.of(new Text("Use "), Code.of("1", Code.Kind.OPEN, Code.Type.STRONG, "**"), new Text("virtio"),
                Code.of("1", Code.Kind.CLOSE, Code.Type.STRONG, "**"), new Text(".")),
                List.of(new Text("Verwenden Sie "), Code.of("1", Code.Kind.OPEN, Code.Type.STRONG, "**"), new Text("virtio"),
                        Code.of("1", Code.Kind.CLOSE, Code.Type.STRONG, "**"), new Text(".")));
        // else the run after a run that saved the memory would find every page's memory changed
        Memory read = roundTrip(m);
        assertThat(read.entries()).isEqualTo(m.entries());
        assertThat(read.fingerprint()).isEqualTo(m.fingerprint());
    }

    private Memory roundTrip(Memory m) throws java.io.IOException {
        Path file = tmp.resolve("memory.tmx");
        java.nio.file.Files.writeString(file, m.toTmx("en", "de"));
        return Memory.read(file, "en", "de");
    }

    private static List<Memory.Entry> pairs(int n) {
        List<Memory.Entry> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new Memory.Entry(List.of(new Text("Sentence " + i + " about KVM.")),
                    List.of(new Text("Satz " + i + " über KVM."))));
        }
        return out;
    }
}

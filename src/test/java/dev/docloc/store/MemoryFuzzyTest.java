package dev.docloc.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docloc.segment.Code;
import dev.docloc.segment.Part;
import dev.docloc.segment.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link Memory#fuzzy} through its word index gives what comparing every entry gives. */
class MemoryFuzzyTest {
    private static final String[] WORDS = {"the", "guest", "host", "KVM", "virtio", "disk", "a", "of", "QEMU",
        "runs", "migration", "live", "network", "bridge", "the", "to", "libvirt", "Guest", "memory", "CPU"};

    @Test
    void theIndexFindsWhatAFullScanFinds() {
        Random r = new Random(20261126);
        for (int round = 0; round < 40; round++) {
            Memory m = Memory.empty();
            for (int i = 0; i < 300; i++) {
                m.add(sentence(r), List.of(new Text("t" + r.nextInt(5))));
                if (i % 50 == 0) {
                    // lookups between additions: the index grows as the memory does
                    compare(m, sentence(r));
                }
            }
            for (int q = 0; q < 50; q++) {
                compare(m, sentence(r));
            }
            // queries that are entries with one word changed: sure to have near matches
            List<Memory.Entry> all = new ArrayList<>(m.entries().values());
            for (int q = 0; q < 50; q++) {
                List<Part> source = new ArrayList<>(all.get(r.nextInt(all.size())).source());
                source.add(new Text(" " + WORDS[r.nextInt(WORDS.length)]));
                compare(m, source);
            }
        }
        // the comparisons were not of empty answers
        assertThat(found).isGreaterThan(5000);
    }

    @Test
    void findsNearMatchesAndNotTheSameSentence() {
        Memory m = Memory.empty();
        m.add(List.of(new Text("Live migration moves a running guest to another host.")), List.of(new Text("A")));
        m.add(List.of(new Text("Live migration moves a stopped guest to another host.")), List.of(new Text("B")));
        m.add(List.of(new Text("Storage pools hold volumes.")), List.of(new Text("C")));
        List<Memory.Entry> found = m.fuzzy(List.of(new Text("Live migration moves a running guest to another host.")), 0.75, 3);
        // the identical sentence is an exact match, not a fuzzy one
        assertThat(found).extracting(e -> ((Text) e.target().get(0)).text()).containsExactly("B");
        assertThat(m.fuzzy(List.of(new Text("")), 0.75, 3)).isEmpty();
    }

    private int found;

    private void compare(Memory m, List<Part> query) {
        for (double min : new double[] {0.5, 0.75, 0.9}) {
            List<Memory.Entry> scan = m.fuzzyScan(query, min, 3);
            assertThat(m.fuzzy(query, min, 3)).as("min %s, query %s", min, query).isEqualTo(scan);
            found += scan.size();
        }
    }

    private static List<Part> sentence(Random r) {
        List<Part> parts = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        int n = r.nextInt(12);
        for (int i = 0; i < n; i++) {
            sb.append(i == 0 ? "" : " ").append(WORDS[r.nextInt(WORDS.length)]);
        }
        parts.add(new Text(sb.toString()));
        if (r.nextInt(4) == 0) {
            parts.add(Code.of("1", Code.Kind.PLACEHOLDER, Code.Type.CODE, "`virsh`"));
            parts.add(new Text(" " + WORDS[r.nextInt(WORDS.length)]));
        }
        return parts;
    }
}

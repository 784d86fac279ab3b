package dev.docloc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class ParallelTest {
    @Test
    void resultsComeInInputOrder() {
        List<Integer> items = IntStream.range(0, 200).boxed().toList();
        assertThat(Parallel.map(items, i -> i * 2)).isEqualTo(items.stream().map(i -> i * 2).toList());
    }

    @Test
    @Timeout(60) // without the guard, every worker would wait for work queued behind it
    void workThatItselfRunsInParallelFromAWorkerDoesNotWaitForever() {
        List<Integer> items = IntStream.range(0, 16).boxed().toList();
        List<Integer> sums = Parallel.map(items, i -> Parallel.map(items, j -> i * j).stream().mapToInt(x -> x).sum());
        assertThat(sums).isEqualTo(items.stream().map(i -> i * 120).toList());
    }
}

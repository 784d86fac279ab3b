package dev.docloc.corpus;

import dev.docloc.corpus.CorpusFidelityIT.Result;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;

/** The figures of a corpus run: per set, per group and in total, then every failing file. */
final class CorpusReport {
    private CorpusReport() {}

    static String render(List<Result> results, List<String> sets, List<String> groups) {
        return render(results, sets, groups, false);
    }

    /** With {@code shape}, also the re-extraction figures and differences (for information). */
    static String render(List<Result> results, List<String> sets, List<String> groups, boolean shape) {
        StringBuilder sb = new StringBuilder("\n=== docloc corpus fidelity ===\n");
        for (String set : sets) {
            line(sb, "set " + set, results.stream().filter(r -> r.set().equals(set)).toList(), shape);
        }
        for (String group : groups) {
            line(sb, "group " + group, results.stream().filter(r -> r.group().equals(group)).toList(), shape);
        }
        line(sb, "total", results, shape);
        failures(sb, results);
        if (shape) {
            shapeDifferences(sb, results);
        }
        return sb.toString();
    }

    private static void line(StringBuilder sb, String label, List<Result> rs, boolean shape) {
        sb.append(String.format("%-30s identical %d/%d  structure-preserved %d/%d", label,
                count(rs, Result::identical), rs.size(), count(rs, Result::structurePreserved), rs.size()));
        if (shape) {
            sb.append(String.format("  re-extracted-same %d/%d", count(rs, r -> r.shape() == null), rs.size()));
        }
        sb.append('\n');
    }

    private static void shapeDifferences(StringBuilder sb, List<Result> results) {
        List<Result> differ = results.stream().filter(r -> r.shape() != null).toList();
        sb.append("re-extraction differs (information, does not fail): ").append(differ.size()).append('\n');
        for (Result r : differ) {
            sb.append("  ").append(r.set()).append('/').append(r.file()).append("\n      ").append(r.shape()).append('\n');
        }
    }

    private static long count(List<Result> rs, Predicate<Result> p) {
        return rs.stream().filter(p).count();
    }

    private static void failures(StringBuilder sb, List<Result> results) {
        List<Result> failed = results.stream().filter(r -> !r.identical() || !r.structurePreserved()).toList();
        sb.append("failing files: ").append(failed.size()).append('\n');
        for (Result r : failed) {
            sb.append("  ").append(r.set()).append('/').append(r.file()).append('\n');
            if (!r.identical()) {
                sb.append("      ").append(r.identity()).append('\n');
            }
            if (!r.structurePreserved() && !r.structure().equals(r.identity())) {
                sb.append("      ").append(r.structure()).append('\n');
            }
        }
    }

    static void write(Path file, String report) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, report, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

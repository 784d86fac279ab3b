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
        StringBuilder sb = new StringBuilder("\n=== docloc corpus fidelity ===\n");
        for (String set : sets) {
            line(sb, "set " + set, results.stream().filter(r -> r.set().equals(set)).toList());
        }
        for (String group : groups) {
            line(sb, "group " + group, results.stream().filter(r -> r.group().equals(group)).toList());
        }
        line(sb, "total", results);
        failures(sb, results);
        return sb.toString();
    }

    private static void line(StringBuilder sb, String label, List<Result> rs) {
        sb.append(String.format("%-30s identical %d/%d  structure-preserved %d/%d%n", label,
                count(rs, Result::identical), rs.size(), count(rs, Result::structurePreserved), rs.size()));
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

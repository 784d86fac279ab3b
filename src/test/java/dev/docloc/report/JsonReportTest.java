package dev.docloc.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonReportTest {
    private static String json(Report r) {
        StringWriter out = new StringWriter();
        ReportWriter.write(r, "json", out, true);
        return out.toString();
    }

    private static JsonNode parse(Report r) throws Exception {
        return new ObjectMapper().readTree(json(r));
    }

    private static List<String> fields(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void issuesHaveTheContractFieldsInAStableOrder() throws Exception {
        JsonNode root = parse(SampleIssues.report());

        assertThat(fields(root)).containsExactly("issues", "suppressed", "summary");
        assertThat(root.get("issues")).hasSize(10);
        assertThat(fields(root.get("issues").get(0))).containsExactly("severity", "rule", "locale", "page", "file",
                "line", "column", "segment", "source", "target", "term", "message", "highlight");
    }

    @Test
    void issueValuesRoundTrip() throws Exception {
        JsonNode missing = null;
        for (JsonNode i : parse(SampleIssues.report()).get("issues")) {
            if (i.get("rule").asText().equals("term-missing")) {
                missing = i;
            }
        }

        assertThat(missing).isNotNull();
        assertThat(missing.get("severity").asText()).isEqualTo("warning");
        assertThat(missing.get("locale").asText()).isEqualTo("pt-BR");
        assertThat(missing.get("page").asText()).isEqualTo("guides/install.md");
        assertThat(missing.get("file").asText()).isEqualTo("translations/pt-BR/guides/install.xlf");
        assertThat(missing.get("line").isInt()).isTrue();
        assertThat(missing.get("line").asInt()).isEqualTo(12);
        assertThat(missing.get("column").asInt()).isEqualTo(7);
        assertThat(missing.get("segment").asText()).isEqualTo("u3-s1");
        assertThat(missing.get("source").asText()).isEqualTo("Install the hypervisor before you create guests.");
        assertThat(missing.get("target").asText()).startsWith("Instale o monitor de m\u00e1quinas");
        assertThat(missing.get("term").asText()).isEqualTo("hypervisor");
        assertThat(missing.get("message").asText()).contains("hipervisor");
        assertThat(missing.get("highlight").asText()).isEqualTo("hypervisor");
    }

    @Test
    void suppressedFindingsCarryTheirReasonAndAreNotInIssues() throws Exception {
        JsonNode root = parse(SampleIssues.report());

        assertThat(root.get("suppressed")).hasSize(1);
        JsonNode s = root.get("suppressed").get(0);
        assertThat(s.get("rule").asText()).isEqualTo("qa-untranslated");
        assertThat(s.get("locale").asText()).isEqualTo("de");
        assertThat(s.get("reason").asText()).isEqualTo("Heading keeps the English product term.");
        for (JsonNode i : root.get("issues")) {
            assertThat(i.has("reason")).as(i.toString()).isFalse();
        }
    }

    @Test
    void summaryCountsActiveFindingsOnly() throws Exception {
        JsonNode summary = parse(SampleIssues.report()).get("summary");

        assertThat(fields(summary)).startsWith("pages", "segments", "errors", "warnings");
        assertThat(summary.get("pages").asInt()).isEqualTo(3);
        assertThat(summary.get("segments").asInt()).isEqualTo(120);
        assertThat(summary.get("errors").asInt()).isEqualTo(4);
        assertThat(summary.get("warnings").asInt()).isEqualTo(4);
        assertThat(summary.get("infos").asInt()).isEqualTo(2);
        assertThat(summary.get("suppressed").asInt()).isEqualTo(1);
        assertThat(summary.get("byRule").get("qa-codes").asInt()).isEqualTo(2);
        assertThat(summary.get("byRule").has("qa-untranslated")).isTrue();
        assertThat(summary.get("byRule").get("qa-untranslated").asInt()).isEqualTo(1);
    }

    @Test
    void outputIsDeterministicAndIndependentOfInputOrder() {
        List<Issue> reversed = new ArrayList<>(SampleIssues.all());
        java.util.Collections.reverse(reversed);

        assertThat(json(Report.of(reversed, 3, 120))).isEqualTo(json(SampleIssues.report()));
    }

    @Test
    void emptyReportHasEmptyArraysAndZeroCounts() throws Exception {
        JsonNode root = parse(Report.of(List.of(), 0, 0));

        assertThat(root.get("issues").isArray()).isTrue();
        assertThat(root.get("issues")).isEmpty();
        assertThat(root.get("summary").get("errors").asInt()).isZero();
    }
}

package dev.docloc.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SarifReportTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static JsonSchema schema;

    @BeforeAll
    static void loadSchema() throws Exception {
        try (InputStream in = SarifReportTest.class.getResourceAsStream("/report/sarif-schema-2.1.0.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
        }
    }

    private static JsonNode sarif(Report r) throws Exception {
        StringWriter out = new StringWriter();
        ReportWriter.write(r, "sarif", out, false);
        return MAPPER.readTree(out.toString());
    }

    private static JsonNode result(JsonNode log, String rule, String locale) {
        for (JsonNode r : log.at("/runs/0/results")) {
            if (r.get("ruleId").asText().equals(rule) && r.at("/properties/locale").asText().equals(locale)) {
                return r;
            }
        }
        throw new AssertionError("no result " + rule + " " + locale + " in " + log);
    }

    @Test
    void validatesAgainstTheSarifSchema() throws Exception {
        Set<ValidationMessage> errors = schema.validate(sarif(SampleIssues.report()));

        assertThat(errors).isEmpty();
    }

    @Test
    void schemaRejectsMissingMessagesUnknownLevelsAndUnknownProperties() throws Exception {
        JsonNode log = sarif(SampleIssues.report());
        ((ObjectNode) log.at("/runs/0/results/0")).remove("message");
        ((ObjectNode) log.at("/runs/0/results/1")).put("level", "fatal");
        ((ObjectNode) log.at("/runs/0/results/2")).put("severity", "error");
        ((ObjectNode) log.at("/runs/0/results/3/locations/0/physicalLocation/region")).remove("startLine");

        assertThat(schema.validate(log)).extracting(ValidationMessage::getMessage)
                .anySatisfy(m -> assertThat(m).contains("results[0]").contains("message"))
                .anySatisfy(m -> assertThat(m).contains("results[1].level"))
                .anySatisfy(m -> assertThat(m).contains("severity"))
                .anySatisfy(m -> assertThat(m).contains("results[3].locations[0].physicalLocation.region"));
    }

    @Test
    void describesEveryRuleOfTheCatalogue() throws Exception {
        JsonNode driver = sarif(Report.of(List.of(), 0, 0)).at("/runs/0/tool/driver");
        List<String> ids = new ArrayList<>();
        driver.get("rules").forEach(r -> ids.add(r.get("id").asText()));

        assertThat(driver.get("name").asText()).isEqualTo("docloc");
        assertThat(driver.get("informationUri").asText()).startsWith("https://");
        assertThat(ids).containsExactlyElementsOf(Rules.all().stream().map(Rule::id).toList());
        JsonNode codes = driver.get("rules").get(ids.indexOf("qa-codes"));
        assertThat(codes.at("/defaultConfiguration/level").asText()).isEqualTo("error");
        assertThat(codes.at("/shortDescription/text").asText()).isEqualTo(Rules.get("qa-codes").title());
        assertThat(codes.at("/fullDescription/text").asText()).isEqualTo(Rules.get("qa-codes").description());
        assertThat(codes.at("/help/text").asText()).isEqualTo(Rules.get("qa-codes").help());
        assertThat(driver.get("rules").get(ids.indexOf("qa-length")).at("/defaultConfiguration/level").asText())
                .isEqualTo("note");
    }

    @Test
    void resultsPointIntoTheXliffFile() throws Exception {
        JsonNode log = sarif(SampleIssues.report());
        JsonNode r = result(log, "term-missing", "pt-BR");

        assertThat(r.get("level").asText()).isEqualTo("warning");
        assertThat(r.at("/message/text").asText()).isEqualTo("\"hypervisor\" must be translated as \"hipervisor\".");
        JsonNode loc = r.at("/locations/0/physicalLocation");
        assertThat(loc.at("/artifactLocation/uri").asText()).isEqualTo("translations/pt-BR/guides/install.xlf");
        assertThat(loc.at("/artifactLocation/uriBaseId").asText()).isEqualTo("%SRCROOT%");
        assertThat(loc.at("/region/startLine").asInt()).isEqualTo(12);
        assertThat(loc.at("/region/startColumn").asInt()).isEqualTo(7);
        int index = r.get("ruleIndex").asInt();
        assertThat(log.at("/runs/0/tool/driver/rules/" + index + "/id").asText()).isEqualTo("term-missing");
        assertThat(r.at("/properties/segment").asText()).isEqualTo("u3-s1");
        assertThat(result(log, "qa-punctuation", "ja").get("level").asText()).isEqualTo("note");
    }

    @Test
    void regionIsLeftOutWhenTheLineIsUnknownAndUrisAreEscaped() throws Exception {
        Issue i = new Issue(Severity.ERROR, "stale", "fr", "guides/mise en route.md",
                "translations/fr/guides/mise en r\u00e9seau.xlf", 0, 0, "u1", "a", "b", "", "Stale translation.", "",
                "");
        JsonNode log = sarif(Report.of(List.of(i), 1, 1));
        JsonNode loc = log.at("/runs/0/results/0/locations/0/physicalLocation");

        assertThat(loc.has("region")).isFalse();
        assertThat(loc.at("/artifactLocation/uri").asText())
                .isEqualTo("translations/fr/guides/mise%20en%20r%C3%A9seau.xlf");
        assertThat(log.at("/runs/0/tool/driver/rules").findValuesAsText("id")).contains("stale");
        assertThat(schema.validate(log)).isEmpty();
    }

    @Test
    void suppressedFindingsStayWithAnExternalSuppression() throws Exception {
        JsonNode r = result(sarif(SampleIssues.report()), "qa-untranslated", "de");

        assertThat(r.at("/suppressions/0/kind").asText()).isEqualTo("external");
        assertThat(r.at("/suppressions/0/justification").asText())
                .isEqualTo("Heading keeps the English product term.");
        assertThat(result(sarif(SampleIssues.report()), "qa-untranslated", "pt-BR").has("suppressions")).isFalse();
    }

    @Test
    void fingerprintsAreStableAcrossLineMovesAndDifferPerLocale() throws Exception {
        Issue a = SampleIssues.all().get(0);
        Issue moved = new Issue(a.severity(), a.rule(), a.locale(), a.page(), a.file(), a.line() + 40, 3,
                a.segment(), a.source(), a.target(), a.term(), "reworded", a.highlight(), "");
        Issue otherLocale = new Issue(a.severity(), a.rule(), "de", a.page(), a.file(), a.line(), a.column(),
                a.segment(), a.source(), a.target(), a.term(), a.message(), a.highlight(), "");

        assertThat(SarifReport.fingerprint(moved)).isEqualTo(SarifReport.fingerprint(a)).hasSize(32);
        assertThat(SarifReport.fingerprint(otherLocale)).isNotEqualTo(SarifReport.fingerprint(a));
        assertThat(sarif(SampleIssues.report()).at("/runs/0/results/0/partialFingerprints")
                .get(SarifReport.FINGERPRINT).asText()).matches("[0-9a-f]{32}");
    }
}

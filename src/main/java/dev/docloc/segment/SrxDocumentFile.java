package dev.docloc.segment;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import net.sf.okapi.lib.segmentation.LanguageMap;
import net.sf.okapi.lib.segmentation.Rule;
import net.sf.okapi.lib.segmentation.SRXDocument;

/**
 * An SRX document kept as plain data in a cache file (under the project's {@code target/}), so
 * that a command does not parse the rules' XML: in a short command (a check or build after a
 * one-page change) Okapi's DOM and XPath reading of its 320 KB rules file was a tenth of the run,
 * most of it the XML classes starting up. The file holds what {@link SRXDocument} compiles from:
 * every language rule (before, after, break, active), the language maps in order and the options,
 * and is rebuilt through Okapi's own API ({@link SRXDocument#addLanguageRule},
 * {@link SRXDocument#addLanguageMap}, the option setters). Its header names the rules' checksum
 * and the code version; a file with another header, or one that cannot be read, is ignored and
 * the XML is parsed (and the file written again).
 */
final class SrxDocumentFile {
    private static final String FORMAT = "docloc-srx-document-1";

    private SrxDocumentFile() {
    }

    /**
     * The document for rules with checksum {@code rulesId}: from {@code file} when it holds them,
     * else from {@code parse}, then kept in {@code file} for the next run (a failure to write only
     * costs that run time).
     */
    static SRXDocument load(Path file, String rulesId, Supplier<SRXDocument> parse) {
        String header = header(rulesId);
        SRXDocument cached = read(file, header);
        if (cached != null) {
            return cached;
        }
        SRXDocument doc = parse.get();
        dev.docloc.cache.CacheFile.write(file, out -> write(out, header, doc));
        return doc;
    }

    private static String header(String rulesId) {
        return FORMAT + " " + rulesId + " " + dev.docloc.cache.CodeVersion.fingerprint();
    }

    /** The document in {@code file}, or null when it is missing, for other rules or damaged. */
    static SRXDocument read(Path file, String header) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            if (!string(in).equals(header)) {
                return null;
            }
            SRXDocument doc = new SRXDocument();
            doc.setCascade(in.readBoolean());
            doc.setSegmentSubFlows(in.readBoolean());
            doc.setIncludeStartCodes(in.readBoolean());
            doc.setIncludeEndCodes(in.readBoolean());
            doc.setIncludeIsolatedCodes(in.readBoolean());
            doc.setOneSegmentIncludesAll(in.readBoolean());
            doc.setTrimLeadingWhitespaces(in.readBoolean());
            doc.setTrimTrailingWhitespaces(in.readBoolean());
            doc.setUseICU4JBreakRules(in.readBoolean());
            doc.setTreatIsolatedCodesAsWhitespace(in.readBoolean());
            doc.setMaskRule(in.readBoolean() ? string(in) : null);
            for (int sets = in.readInt(); sets > 0; sets--) {
                String name = string(in);
                ArrayList<Rule> rules = new ArrayList<>();
                for (int n = in.readInt(); n > 0; n--) {
                    Rule rule = new Rule(string(in), string(in), in.readBoolean());
                    rule.setActive(in.readBoolean());
                    rules.add(rule);
                }
                doc.addLanguageRule(name, rules);
            }
            for (int maps = in.readInt(); maps > 0; maps--) {
                doc.addLanguageMap(new LanguageMap(string(in), string(in)));
            }
            if (in.read() != -1) {
                return null;
            }
            doc.setModified(false);
            return doc;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    static void write(DataOutputStream out, String header, SRXDocument doc) throws IOException {
        string(out, header);
        out.writeBoolean(doc.cascade());
        out.writeBoolean(doc.segmentSubFlows());
        out.writeBoolean(doc.includeStartCodes());
        out.writeBoolean(doc.includeEndCodes());
        out.writeBoolean(doc.includeIsolatedCodes());
        out.writeBoolean(doc.oneSegmentIncludesAll());
        out.writeBoolean(doc.trimLeadingWhitespaces());
        out.writeBoolean(doc.trimTrailingWhitespaces());
        out.writeBoolean(doc.useIcu4JBreakRules());
        out.writeBoolean(doc.treatIsolatedCodesAsWhitespace());
        out.writeBoolean(doc.getMaskRule() != null);
        if (doc.getMaskRule() != null) {
            string(out, doc.getMaskRule());
        }
        Map<String, ArrayList<Rule>> sets = doc.getAllLanguageRules();
        out.writeInt(sets.size());
        for (Map.Entry<String, ArrayList<Rule>> set : sets.entrySet()) {
            string(out, set.getKey());
            List<Rule> rules = set.getValue();
            out.writeInt(rules.size());
            for (Rule rule : rules) {
                string(out, rule.getBefore());
                string(out, rule.getAfter());
                out.writeBoolean(rule.isBreak());
                out.writeBoolean(rule.isActive());
            }
        }
        List<LanguageMap> maps = doc.getAllLanguagesMaps();
        out.writeInt(maps.size());
        for (LanguageMap map : maps) {
            string(out, map.getPattern());
            string(out, map.getRuleName());
        }
    }

    private static void string(DataOutputStream out, String s) throws IOException {
        dev.docloc.cache.CacheFile.writeString(out, s == null ? "" : s);
    }

    private static String string(DataInputStream in) throws IOException {
        return dev.docloc.cache.CacheFile.readString(in);
    }
}

package dev.docloc.store;

import dev.docloc.DoclocException;
import dev.docloc.segment.Code;
import dev.docloc.segment.Ignorable;
import dev.docloc.segment.Part;
import dev.docloc.segment.Segment;
import dev.docloc.segment.Text;
import dev.docloc.segment.TextUnit;
import dev.docloc.segment.UnitPart;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.sf.okapi.lib.xliff2.core.CTag;
import net.sf.okapi.lib.xliff2.core.Fragment;
import net.sf.okapi.lib.xliff2.core.Note;
import net.sf.okapi.lib.xliff2.core.StartFileData;
import net.sf.okapi.lib.xliff2.core.StartXliffData;
import net.sf.okapi.lib.xliff2.core.TagType;
import net.sf.okapi.lib.xliff2.core.TargetState;
import net.sf.okapi.lib.xliff2.core.Unit;
import net.sf.okapi.lib.xliff2.glossary.Definition;
import net.sf.okapi.lib.xliff2.glossary.GlossEntry;
import net.sf.okapi.lib.xliff2.matches.Match;
import net.sf.okapi.lib.xliff2.reader.Event;
import net.sf.okapi.lib.xliff2.reader.XLIFFReader;
import net.sf.okapi.lib.xliff2.writer.XLIFFWriter;

/**
 * Reads and writes one page's XLIFF 2.1 file with Okapi's XLIFF 2 library: one {@code <file>},
 * a {@code <unit>} per text unit (type {@code docloc:<kind>}, notes with the heading path), a
 * {@code <segment>} per sentence with inline codes as {@code <pc>}/{@code <ph>} and their
 * Markdown in {@code <originalData>}. Output is deterministic. Files are untrusted: DTDs and
 * entities are refused before Okapi reads them.
 */
public final class XliffFile {

    private XliffFile() {}

    /** The XLIFF text for a page's units and their stored targets (by segment id). */
    public static String write(String sourceLocale, String locale, String page, List<TextUnit> units,
                               Map<String, StoredSegment> targets) {
        return write(sourceLocale, locale, page, units, targets, u -> List.of());
    }

    /**
     * As {@link #write(String, String, String, List, Map)}, with the glossary terms of each unit
     * written with the XLIFF 2 Glossary module so that CAT tools show them next to the segment.
     */
    public static String write(String sourceLocale, String locale, String page, List<TextUnit> units,
                               Map<String, StoredSegment> targets,
                               java.util.function.Function<TextUnit, List<GlossaryHit>> glossary) {
        return render(sourceLocale, locale, page, units, targets, glossary).xml();
    }

    /**
     * A page's XLIFF text and the stored page {@link #read} gives for it; the page is null when it
     * could not be told without reading the text (see {@link #writeAndRead}).
     */
    public record Written(String xml, StoredPage page) {}

    /**
     * As {@link #write(String, String, String, List, Map, java.util.function.Function)}, with the
     * stored page reading the text would give: the units Okapi wrote, converted as {@link #read}
     * converts the units Okapi reads, with the lines of the segments in the text. It spares the
     * next command that reads the file (check or build after extract) parsing it again. A text with
     * a character XML reading changes (a carriage return, which XML reads as a line feed; a tab in
     * the page path, read as a space; a U+FEFF, at which Okapi's reader cuts code data) or a value
     * that had to be rewritten to be written gets no page: it is read when needed.
     */
    public static Written writeAndRead(String sourceLocale, String locale, String page, List<TextUnit> units,
                                       Map<String, StoredSegment> targets,
                                       java.util.function.Function<TextUnit, List<GlossaryHit>> glossary) {
        Output out = render(sourceLocale, locale, page, units, targets, glossary);
        String xml = out.xml();
        // a tab or line break in the page path is read back as a space (attribute values are
        // normalized), and Okapi's reader cuts code data at a U+FEFF
        if (out.rewritten() || xml.indexOf('\r') >= 0 || xml.indexOf('\uFEFF') >= 0
                || (page != null && page.chars().anyMatch(c -> c < 0x20))) {
            return new Written(xml, null);
        }
        Map<String, Integer> lines = segmentLines(xml);
        Map<String, StoredSegment> segments = new LinkedHashMap<>();
        try {
            for (Unit u : out.units()) {
                readUnit(null, u, lines, segments);
            }
        } catch (RuntimeException e) {
            return new Written(xml, null); // a reading of the text reports it, with its line
        }
        return new Written(xml, new StoredPage(page == null ? "" : page, locale, segments));
    }

    /**
     * What the writer made of a page: the text of the file, the units Okapi wrote, and whether a
     * value could not be written as it is (see {@link #escapeOrigin} and {@link #wellFormed}), in
     * which case the units no longer say what a reading of the text gives.
     */
    private record Output(String xml, List<Unit> units, boolean rewritten) {}

    private static Output render(String sourceLocale, String locale, String page, List<TextUnit> units,
                                 Map<String, StoredSegment> targets,
                                 java.util.function.Function<TextUnit, List<GlossaryHit>> glossary) {
        List<Unit> written = new ArrayList<>();
        boolean[] rewritten = new boolean[1];
        StringWriter out = new StringWriter();
        try (XLIFFWriter w = new XLIFFWriter()) {
            w.setLineBreak("\n");
            w.setUseIndentation(true);
            w.setWithOriginalData(true);
            w.create(out, sourceLocale, locale);
            StartXliffData sxd = new StartXliffData("2.1");
            sxd.setSourceLanguage(sourceLocale);
            sxd.setTargetLanguage(locale);
            w.writeStartDocument(sxd, null);
            StartFileData sfd = new StartFileData("f1");
            sfd.setOriginal(page);
            w.writeStartFile(sfd);
            for (TextUnit u : units) {
                Unit unit = unit(u, targets, glossary.apply(u), rewritten);
                w.writeUnit(unit);
                written.add(unit);
            }
            w.writeEndFile();
            w.writeEndDocument();
        }
        String xml = wellFormed(out.toString(), rewritten);
        return new Output(xml, written, rewritten[0]);
    }

    /**
     * The writer's text made well-formed where Okapi's writer leaves a value as it is (notes, code
     * data and its display text): {@code ]]>} becomes {@code ]]&gt;} (read back the same), and a
     * character XML 1.0 cannot hold at all (a control character, U+FFFE, U+FFFF, half a surrogate
     * pair) becomes U+FFFD, which sets {@code rewritten[0]}. Okapi writes such characters in
     * segment content as {@code <cp>}, so only values no translation is made of lose them; without
     * this, extract wrote files that the next command refused as not well-formed.
     */
    private static String wellFormed(String xml, boolean[] rewritten) {
        // a char array, not String.charAt: the text is UTF-16 (every location note holds a '›'),
        // and charAt's checks made this scan a tenth of an extract's CPU in quickly compiled code
        char[] cs = xml.toCharArray();
        StringBuilder out = null;
        int copied = 0;
        for (int i = 0; i < cs.length; i++) {
            char c = cs[i];
            if (c >= 0x20 && c < 0xD800 && c != ']') {
                continue;
            }
            String with;
            if (c == ']' && i + 2 < cs.length && cs[i + 1] == ']' && cs[i + 2] == '>') {
                with = "]]&gt;";
            } else if (!xmlChar(cs, i)) {
                with = "\uFFFD";
                rewritten[0] = true;
            } else {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(cs.length + 16);
            }
            int end = i + (with.length() > 1 ? 3 : 1);
            out.append(cs, copied, i - copied).append(with);
            copied = end;
            i = end - 1;
        }
        return out == null ? xml : out.append(cs, copied, cs.length - copied).toString();
    }

    /**
     * {@code text} with each half of a surrogate pair that stands alone (a translator's
     * {@code <cp hex="D800"/>}) as U+FFFD, as {@link #wellFormed} writes it elsewhere: Okapi's
     * writer takes the char after a high surrogate for its other half, and that char was lost.
     */
    static String pairedSurrogates(String text) {
        char[] cs = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                if (cs == null) {
                    cs = text.toCharArray();
                }
                cs[i] = '\uFFFD';
            }
        }
        return cs == null ? text : new String(cs);
    }

    /**
     * Whether the char at {@code i} may stand in an XML 1.0 document: not a control character but
     * tab, line feed and carriage return, not U+FFFE or U+FFFF, and a surrogate only as half of a
     * pair.
     */
    static boolean xmlChar(char[] s, int i) {
        char c = s[i];
        if (c < 0x20) {
            return c == '\t' || c == '\n' || c == '\r';
        } else if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length && Character.isLowSurrogate(s[i + 1]);
        } else if (Character.isLowSurrogate(c)) {
            return i > 0 && Character.isHighSurrogate(s[i - 1]);
        }
        return c != '\uFFFE' && c != '\uFFFF';
    }

    /**
     * An offered match's origin as an attribute value: Okapi's writer puts it in the file as it is,
     * so {@code &}, {@code <} and quotes would make the file not well-formed, and tabs and line
     * breaks would read back as spaces; they are written as references, which read back as they
     * were. Sets {@code rewritten[0]} when it changed anything (the unit then holds the references).
     */
    static String escapeOrigin(String origin, boolean[] rewritten) {
        StringBuilder out = new StringBuilder(origin.length() + 8);
        for (int i = 0; i < origin.length(); i++) {
            char c = origin.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\t' -> out.append("&#9;");
                case '\n' -> out.append("&#10;");
                case '\r' -> out.append("&#13;");
                default -> out.append(c);
            }
        }
        if (out.length() != origin.length()) {
            rewritten[0] = true;
        }
        return out.toString();
    }

    private static Unit unit(TextUnit tu, Map<String, StoredSegment> targets, List<GlossaryHit> hits,
                             boolean[] rewritten) {
        Unit u = new Unit(tu.id());
        u.setType("docloc:" + tu.kind().id());
        // matches are anchored by markers in the source; they are added once every code of the unit
        // exists, so that marker ids cannot collide with code ids of later segments
        List<Map.Entry<net.sf.okapi.lib.xliff2.core.Segment, Candidate>> pending = new ArrayList<>();
        if (!tu.context().isEmpty()) {
            Note n = new Note(tu.context());
            n.setCategory("location");
            u.addNote(n);
        }
        for (UnitPart p : tu.parts()) {
            if (p instanceof Segment s) {
                net.sf.okapi.lib.xliff2.core.Segment seg = u.appendSegment();
                seg.setId(s.id());
                fill(seg.getSource(), s.source());
                StoredSegment stored = targets.get(s.id());
                if (stored != null && stored.hasTarget()) {
                    fill(seg.getTarget(net.sf.okapi.lib.xliff2.core.Part.GetTarget.CREATE_EMPTY), stored.target());
                    seg.setState(TargetState.valueOf(stored.state().name()));
                }
                if (stored != null) {
                    for (Candidate c : stored.candidates()) {
                        pending.add(java.util.Map.entry(seg, c));
                    }
                    for (String note : stored.notes()) {
                        Note n = new Note(note, Note.AppliesTo.TARGET);
                        n.setCategory("docloc:" + s.id());
                        u.addNote(n);
                    }
                }
            } else if (p instanceof Ignorable ig) {
                u.appendIgnorable().setSource(ig.text());
            }
        }
        int n = 0;
        for (var e : pending) {
            u.getMatches().add(match(e.getKey(), e.getValue(), "m" + (++n), rewritten));
        }
        for (GlossaryHit h : hits) {
            u.getGlossary().add(entry(h));
        }
        return u;
    }

    private static Match match(net.sf.okapi.lib.xliff2.core.Segment seg, Candidate c, String markerId,
                               boolean[] rewritten) {
        Match m = new Match();
        m.setSimilarity(Math.round(c.similarity() * 1000) / 10.0);
        m.setOrigin(escapeOrigin(c.origin(), rewritten));
        Fragment src = new Fragment(m.getStore(), false);
        fill(src, c.source());
        m.setSource(src);
        Fragment trg = new Fragment(m.getStore(), true);
        fill(trg, c.target());
        m.setTarget(trg);
        net.sf.okapi.lib.xliff2.core.MTag marker = new net.sf.okapi.lib.xliff2.core.MTag(markerId, "mtc:match");
        seg.getSource().annotate(0, -1, marker);
        m.setRef("#" + markerId);
        return m;
    }

    private static GlossEntry entry(GlossaryHit h) {
        GlossEntry e = new GlossEntry();
        e.setTerm(new net.sf.okapi.lib.xliff2.glossary.Term(h.term()));
        if (!h.definition().isEmpty()) {
            e.setDefinition(new Definition(h.definition()));
        }
        h.translations().forEach(e::addTranslation);
        return e;
    }

    private static void fill(Fragment f, List<Part> parts) {
        for (Part p : parts) {
            if (p instanceof Text t) {
                f.append(pairedSurrogates(t.text()));
            } else if (p instanceof Code c) {
                TagType tt = switch (c.kind()) {
                    case OPEN -> TagType.OPENING;
                    case CLOSE -> TagType.CLOSING;
                    case PLACEHOLDER -> TagType.STANDALONE;
                };
                CTag tag = f.append(tt, c.id(), c.data(), false);
                tag.setType(c.type().xliffType());
                if (c.type().xliffSubType() != null) {
                    tag.setSubType(c.type().xliffSubType());
                }
                tag.setDisp(c.data());
            }
        }
    }

    /** Writes {@code text} to {@code file} atomically and durably (see {@link #writeAtomically(Path, byte[], boolean)}). */
    public static void writeAtomically(Path file, String text) {
        writeAtomically(file, text, true);
    }

    /** As {@link #writeAtomically(Path, byte[], boolean)}, for text (written as UTF-8). */
    public static void writeAtomically(Path file, String text, boolean durable) {
        writeAtomically(file, text.getBytes(StandardCharsets.UTF_8), durable);
    }

    /**
     * Writes {@code bytes} to a temporary file in the same folder and renames it over {@code file},
     * so a reader sees the old or the new file, never part of one. When {@code durable}, the data
     * is forced to disk before the rename (translations: a crash must not lose them); output that
     * the next build writes again (the site) skips that cost.
     */
    public static void writeAtomically(Path file, byte[] bytes, boolean durable) {
        replace(file, tmp -> Files.write(tmp, bytes), durable);
    }

    /** What writes a file's content to a writer. */
    @FunctionalInterface
    public interface Content {
        void writeTo(java.io.Writer out) throws IOException;
    }

    /**
     * As {@link #writeAtomically(Path, byte[], boolean)}, not durable, for what {@code content}
     * writes (UTF-8) without holding the whole text in memory (a report of a large site). Half of
     * a surrogate pair, which UTF-8 cannot encode (a target's {@code <cp hex="D800"/>}, quoted by
     * the finding that reports it), is written as "?", as on standard output.
     */
    public static void writeAtomically(Path file, Content content) {
        replace(file, tmp -> {
            java.nio.charset.CharsetEncoder utf8 = StandardCharsets.UTF_8.newEncoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPLACE);
            try (java.io.Writer w = new java.io.BufferedWriter(
                    new java.io.OutputStreamWriter(Files.newOutputStream(tmp), utf8))) {
                content.writeTo(w);
            }
        }, false);
    }

    private interface TempWriter {
        void write(Path tmp) throws IOException;
    }

    private static final java.util.regex.Pattern TEMPORARY = java.util.regex.Pattern.compile("\\..+?\\d+\\.tmp");

    /**
     * Whether {@code fileName} is that of a temporary file of {@link #replace} (a dot, the name
     * of the file being written, digits, {@code .tmp}): what a run stopped part-way leaves.
     */
    public static boolean isTemporary(String fileName) {
        return TEMPORARY.matcher(fileName).matches();
    }

    /** Temporary file, permissions, optional fsync, rename; a failure names the file and what to check. */
    private static void replace(Path file, TempWriter writer, boolean durable) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), "." + file.getFileName(), ".tmp");
            try {
                writer.write(tmp);
                readableLikeAnyFile(tmp, file);
                if (durable) {
                    try (var ch = java.nio.channels.FileChannel.open(tmp, java.nio.file.StandardOpenOption.WRITE)) {
                        ch.force(true);
                    }
                }
                Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new DoclocException(file, 0, 0, "cannot write: " + e.getMessage()
                    + "; check that the folder is writable and the disk is not full", e);
        }
    }

    /**
     * Temporary files are created owner-only; the file that replaces {@code target} gets the
     * target's permissions, or rw-r--r-- for a new file, so that a web server can serve the site.
     */
    private static void readableLikeAnyFile(Path tmp, Path target) throws IOException {
        if (!tmp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        var perms = Files.exists(target) ? Files.getPosixFilePermissions(target)
                : java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(tmp, perms);
    }

    /** Reads a translations file; a bad file stops the run with its line and column. */
    public static StoredPage read(Path file, String locale) {
        try {
            return read(file, Files.readAllBytes(file), locale);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** As {@link #read(Path, String)}, for the bytes of {@code file} already read by the caller. */
    public static StoredPage read(Path file, byte[] bytes, String locale) {
        return read(file, bytes, locale, true);
    }

    /**
     * As {@link #read(Path, byte[], String)}; without {@code schemas} (for bytes that passed them
     * and the safety pass of {@link SafeXml} before, or that docloc wrote), Okapi skips the XLIFF 2
     * XML Schemas and the safety pass is not run again; Okapi's own parser still supports no DTD,
     * and its constraints, the language and duplicate ids are still checked.
     */
    public static StoredPage read(Path file, byte[] bytes, String locale, boolean schemas) {
        String text = dev.docloc.parse.PageParser.decode(bytes, file);
        if (schemas) {
            SafeXml.check(file, text);
        }
        Map<String, Integer> lines = segmentLines(text);
        Map<String, StoredSegment> segments = new LinkedHashMap<>();
        String page = "";
        int validation = schemas ? XLIFFReader.VALIDATION_MAXIMAL
                : XLIFFReader.VALIDATION_MAXIMAL & ~XLIFFReader.VALIDATION_INCLUDE_SCHEMAS;
        try (XLIFFReader reader = schemas ? SharedSchema.share(new XLIFFReader(validation)) : new XLIFFReader(validation)) {
            try {
                reader.open(new ByteArrayInputStream(bytes));
                while (reader.hasNext()) {
                    Event e = reader.next();
                    if (e.isStartXliff()) {
                        checkLanguage(file, e.getStartXliffData(), locale);
                    } else if (e.isStartFile()) {
                        page = e.getStartFileData().getOriginal();
                    } else if (e.isUnit()) {
                        readUnit(file, e.getUnit(), lines, segments);
                    }
                }
            } catch (DoclocException e) {
                throw e;
            } catch (RuntimeException e) {
                // located before the reader is closed, which lets go of where it stopped
                int[] at = position(e.getMessage(), reader);
                throw new DoclocException(file, at[0], at[1], "not a valid XLIFF 2 file: " + problem(e.getMessage())
                        + "; restore it from version control or fix the reported problem", e);
            }
        } catch (DoclocException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new DoclocException(file, 0, 0, "not a valid XLIFF 2 file: " + problem(e.getMessage())
                    + "; restore it from version control or fix the reported problem", e);
        }
        return new StoredPage(page == null ? "" : page, locale, segments);
    }

    private static final java.util.regex.Pattern SCHEMA_POSITION =
            java.util.regex.Pattern.compile("lineNumber: (\\d+); columnNumber: (\\d+); ?");

    /**
     * Where a problem Okapi reports is: the position a schema error names, else where Okapi's
     * reader stopped (it checks a unit when the unit ends, so at or just after the problem); 0
     * and 0 when neither can be read. The reader's stream is Okapi's private field {@code reader}
     * (okapi-lib-xliff2 1.47); {@code XliffValidationTest} fails if an upgrade takes it away.
     */
    private static int[] position(String message, XLIFFReader reader) {
        java.util.regex.Matcher m = SCHEMA_POSITION.matcher(message == null ? "" : message);
        if (m.find()) {
            return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))};
        }
        try {
            java.lang.reflect.Field f = XLIFFReader.class.getDeclaredField("reader");
            f.setAccessible(true);
            javax.xml.stream.Location at = ((javax.xml.stream.XMLStreamReader) f.get(reader)).getLocation();
            return new int[] {Math.max(0, at.getLineNumber()), Math.max(0, at.getColumnNumber())};
        } catch (ReflectiveOperationException | RuntimeException e) {
            return new int[] {0, 0};
        }
    }

    /** Okapi's message on one line, without the position {@link #position} has taken from it. */
    private static String problem(String message) {
        if (message == null) {
            return "unreadable";
        }
        String s = SCHEMA_POSITION.matcher(message).replaceFirst("");
        return String.join("; ", s.strip().replace("\r", "").split("\\s*\n\\s*"));
    }

    private static void checkLanguage(Path file, StartXliffData sxd, String locale) {
        String trg = sxd.getTargetLanguage();
        if (trg != null && !trg.equalsIgnoreCase(locale)) {
            throw new DoclocException(file, 1, 0, "the file's trgLang is " + trg + " but it is under the folder of "
                    + locale + "; move it to translations/" + trg + "/ or fix trgLang");
        }
    }

    private static void readUnit(Path file, Unit u, Map<String, Integer> lines, Map<String, StoredSegment> out) {
        Map<String, List<String>> notes = new LinkedHashMap<>();
        for (Note n : u.getNotes()) {
            if (n.getCategory() != null && n.getCategory().startsWith("docloc:")) {
                notes.computeIfAbsent(n.getCategory().substring(7), k -> new ArrayList<>()).add(n.getText());
            }
        }
        for (net.sf.okapi.lib.xliff2.core.Segment s : u.getSegments()) {
            String id = s.getId();
            if (out.containsKey(id)) {
                throw new DoclocException(file, lines.getOrDefault(id, 0), 0, "duplicate segment id " + id
                        + "; each segment id must appear once in a file");
            }
            List<Part> target = s.hasTarget() ? parts(s.getTarget()) : List.of();
            State state = s.getState() == null ? State.INITIAL : State.valueOf(s.getState().name());
            out.put(id, new StoredSegment(id, parts(s.getSource()), target, state,
                    notes.getOrDefault(id, List.of()), lines.getOrDefault(id, 0), candidates(u, s)));
        }
    }

    /** The matches whose reference points into this segment's source. */
    private static List<Candidate> candidates(Unit u, net.sf.okapi.lib.xliff2.core.Segment s) {
        if (!u.hasMatch()) {
            return List.of();
        }
        java.util.Set<String> markers = new java.util.HashSet<>();
        for (Object o : s.getSource()) {
            if (o instanceof net.sf.okapi.lib.xliff2.core.MTag m) {
                markers.add(m.getId());
            }
        }
        List<Candidate> out = new ArrayList<>();
        for (Match m : u.getMatches()) {
            String ref = m.getRef() == null ? "" : m.getRef().replaceFirst("^#(m=)?", "");
            if (markers.contains(ref) && m.getSource() != null && m.getTarget() != null) {
                double sim = m.getSimilarity() == null ? 0 : m.getSimilarity() / 100.0;
                out.add(new Candidate(parts(m.getSource()), parts(m.getTarget()), sim,
                        m.getOrigin() == null ? "" : m.getOrigin()));
            }
        }
        return out;
    }

    /**
     * The content of a fragment; each code gets back the type its {@code type} and {@code subType}
     * name ({@link Code.Type#fromXliff}). Okapi gives a closing code its opening's (it refuses an
     * {@code <ec>} whose type differs from its {@code <sc>}'s).
     */
    private static List<Part> parts(Fragment f) {
        List<Part> out = new ArrayList<>();
        for (Object o : f) {
            if (o instanceof String s) {
                out.add(new Text(s));
            } else if (o instanceof CTag t) {
                Code.Kind kind = switch (t.getTagType()) {
                    case OPENING -> Code.Kind.OPEN;
                    case CLOSING -> Code.Kind.CLOSE;
                    default -> Code.Kind.PLACEHOLDER;
                };
                out.add(Code.of(t.getId(), kind, Code.Type.fromXliff(t.getType(), t.getSubType()),
                        t.getData() == null ? "" : t.getData()));
            }
        }
        return dev.docloc.segment.Parts.normalize(out);
    }

    /**
     * The line of each {@code <segment>} start tag, by its {@code id}. A scan for the tags and their
     * attributes: a regular expression over the whole file was a twentieth of a check.
     */
    static Map<String, Integer> segmentLines(String text) {
        Map<String, Integer> out = new LinkedHashMap<>();
        int line = 1;
        int nextBreak = text.indexOf('\n');
        for (int at = text.indexOf("<segment"); at >= 0; at = text.indexOf("<segment", at + 1)) {
            int after = at + "<segment".length();
            String id = after < text.length() && Character.isWhitespace(text.charAt(after)) ? attribute(text, after, "id") : null;
            if (id == null || id.isEmpty()) {
                continue;
            }
            // count the line breaks before the tag with indexOf, not char by char
            while (nextBreak >= 0 && nextBreak < at) {
                line++;
                nextBreak = text.indexOf('\n', nextBreak + 1);
            }
            out.putIfAbsent(id, line);
        }
        return out;
    }

    /** The raw value of attribute {@code name} of the tag whose attributes start at {@code i}, or null. */
    private static String attribute(String text, int i, String name) {
        int n = text.length();
        while (i < n) {
            while (i < n && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int nameStart = i;
            while (i < n && text.charAt(i) != '=' && text.charAt(i) != '>' && text.charAt(i) != '/'
                    && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int nameEnd = i;
            while (i < n && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (nameEnd == nameStart || i >= n || text.charAt(i) != '=') {
                return null;
            }
            i++;
            while (i < n && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i >= n || (text.charAt(i) != '"' && text.charAt(i) != '\'')) {
                return null;
            }
            int close = text.indexOf(text.charAt(i), i + 1);
            if (close < 0) {
                return null;
            }
            if (text.regionMatches(nameStart, name, 0, name.length()) && nameEnd - nameStart == name.length()) {
                return text.substring(i + 1, close);
            }
            i = close + 1;
        }
        return null;
    }
}

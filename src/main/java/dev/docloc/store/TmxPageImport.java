package dev.docloc.store;

import dev.docloc.segment.Part;
import dev.docloc.segment.Segment;
import dev.docloc.segment.TextUnit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Writes imported translations (TMX or PO) into one page's translations file. A segment keeps
 * its notes and candidates; its target is replaced only when the import offers another one, and a
 * reviewed or final target only with {@code force} (and never by the same text in a lower state).
 * An offer in state initial (a draft, a PO entry marked fuzzy) fills only a segment without a
 * target. The file is written, atomically, only when a target was set.
 */
final class TmxPageImport {
    /** An imported target, its codes those of the current source segment. */
    record Offer(List<Part> target, State state) {}

    /** What imports did, summed over pages. */
    static final class Tally {
        int filled;
        int unchanged;
        int protectedKept;
        int draftsKept;
        final List<String> problems = new ArrayList<>();
    }

    /** What every page of one import shares. */
    record Context(TranslationStore store, String sourceLocale, String locale, boolean force,
                   Function<TextUnit, List<GlossaryHit>> glossary, Memory memory) {}

    private TmxPageImport() {}

    static void apply(Context ctx, TmxExchange.Page page, Function<Segment, Offer> offers, Tally tally) {
        StoredPage old = ctx.store().load(ctx.locale(), page.key(), page.path());
        List<TextUnit> units = SegmentJoins.apply(page.units(), old);
        Map<String, StoredSegment> next = new LinkedHashMap<>();
        int filled = tally.filled;
        for (TextUnit u : units) {
            for (Segment s : u.segments()) {
                StoredSegment kept = kept(old.segments().get(s.id()), s);
                StoredSegment now = decide(ctx, kept, s, offers.apply(s), tally);
                if (now != null) {
                    next.put(s.id(), now);
                }
            }
        }
        if (tally.filled > filled) {
            remember(old, next, ctx.memory());
            String xml = XliffFile.write(ctx.sourceLocale(), ctx.locale(), page.path(), units, next,
                    ctx.glossary());
            TranslationStore.writeIfChanged(ctx.store().file(ctx.locale(), page.key()), xml);
        }
    }

    private static StoredSegment decide(Context ctx, StoredSegment kept, Segment s, Offer offer, Tally tally) {
        if (offer == null) {
            return kept;
        }
        boolean hasTarget = kept != null && kept.hasTarget();
        boolean protectedTarget = hasTarget && (kept.state() == State.REVIEWED || kept.state() == State.FINAL);
        boolean sameText = hasTarget && Memory.key(kept.target()).equals(Memory.key(offer.target()));
        if (sameText && (kept.state() == offer.state() || protectedTarget)) {
            tally.unchanged++;
            return kept;
        }
        if (offer.state() == State.INITIAL && hasTarget) {
            tally.draftsKept++;
            return kept;
        }
        if (offer.state() == State.INITIAL && offersCandidate(kept, s, offer)) {
            tally.unchanged++;
            return kept;
        }
        if (protectedTarget && !ctx.force()) {
            tally.protectedKept++;
            return kept;
        }
        tally.filled++;
        return new StoredSegment(s.id(), s.source(), offer.target(), offer.state(),
                kept == null ? List.of() : kept.notes(), 0, kept == null ? List.of() : kept.candidates());
    }

    /** True when a draft is one of the candidates the segment already offers. */
    private static boolean offersCandidate(StoredSegment kept, Segment s, Offer offer) {
        if (kept == null) {
            return false;
        }
        String key = Memory.key(offer.target());
        return kept.candidates().stream().map(c -> CodeRemap.remap(c.source(), c.target(), s.source()))
                .anyMatch(t -> t != null && Memory.key(t).equals(key));
    }

    /** The stored segment with its target's codes mapped onto the current source; null when none. */
    private static StoredSegment kept(StoredSegment old, Segment s) {
        if (old == null) {
            return null;
        }
        // a translation of another source (the file was edited since extract) is not this segment's
        List<Part> target = old.hasTarget() && SegmentJoins.sameSource(old.source(), s.source())
                ? CodeRemap.remap(old.source(), old.target(), s.source()) : List.of();
        return new StoredSegment(s.id(), s.source(), target == null ? List.of() : target,
                target == null || target.isEmpty() ? State.INITIAL : old.state(), old.notes(), 0, old.candidates());
    }

    /** Targets that the rewritten file no longer holds go to the memory, so that none is lost. */
    private static void remember(StoredPage old, Map<String, StoredSegment> next, Memory memory) {
        for (StoredSegment s : old.segments().values()) {
            StoredSegment now = next.get(s.id());
            if (s.hasTarget() && (now == null || !Memory.key(now.target()).equals(Memory.key(s.target())))) {
                memory.add(s.source(), s.target());
            }
        }
    }

}

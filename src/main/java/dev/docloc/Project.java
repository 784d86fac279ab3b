package dev.docloc;

import com.ibm.icu.util.ULocale;
import dev.docloc.glossary.Glossary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A docloc project: {@code source-docs/} (English Markdown), {@code translations/} (XLIFF per
 * locale and page) and {@code glossary.yml}.
 *
 * @param root     the project folder
 * @param glossary the glossary, or null when the project has none
 */
public record Project(Path root, Glossary glossary) {
    /** Front-matter keys whose values are translated. */
    public static final Set<String> FRONT_MATTER_KEYS = Set.of("title", "description", "summary");

    public static Project open(Path root) {
        Path r = root.toAbsolutePath().normalize();
        if (!Files.isDirectory(r.resolve("source-docs"))) {
            throw new DoclocException(r, 0, 0, "no source-docs/ folder here; run docloc in a project folder "
                    + "or pass --project DIR");
        }
        Path g = r.resolve("glossary.yml");
        return new Project(r, Files.exists(g) ? Glossary.load(g, r.resolve("target/docloc-cache/glossary.bin")) : null);
    }

    public Path sourceDocs() {
        return root.resolve("source-docs");
    }

    public Path translations() {
        return root.resolve("translations");
    }

    public String sourceLocale() {
        return glossary == null ? "en" : glossary.sourceLocale();
    }

    /** Source pages: paths below source-docs/ of the {@code .md} files, sorted, with {@code /}. */
    public List<String> pages() {
        try (Stream<Path> s = Files.walk(sourceDocs(), java.nio.file.FileVisitOption.FOLLOW_LINKS)) {
            return s.filter(p -> p.toString().endsWith(".md") && Files.isRegularFile(p))
                    .map(p -> pageName(sourceDocs().relativize(p)))
                    .sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
            if (cause instanceof java.nio.file.FileSystemLoopException loop) {
                throw new DoclocException(Path.of(loop.getFile()), 0, 0,
                        "a symbolic link loops back to a folder above it; remove the link or point it elsewhere");
            }
            throw new DoclocException(sourceDocs(), 0, 0, "cannot list the pages: " + cause.getMessage()
                    + "; check for unreadable folders or symbolic-link loops");
        }
    }

    /**
     * The name of the page at {@code relative} (to source-docs/), with {@code /}; refused when a
     * folder or file name holds a character a page name cannot: {@code \}, {@code :} or a control
     * character, which no site path, URL or file system takes alike (publishing refused them after
     * extract had written their translations files).
     */
    private String pageName(Path relative) {
        for (Path part : relative) {
            String name = part.toString();
            if (name.chars().anyMatch(c -> c == '\\' || c == ':' || c < 0x20 || c == 0x7f)) {
                throw new DoclocException(sourceDocs().resolve(relative), 0, 0, "a page's folder and file names may "
                        + "not hold '\\', ':' or control characters (its published path and links could not be "
                        + "made); rename it");
            }
        }
        return relative.toString().replace(relative.getFileSystem().getSeparator(), "/");
    }

    /**
     * The target locales: {@code requested} when given, each as {@link #locale} spells it; else
     * {@code targetLocales} of the glossary, which {@code glossary.yml} must list; else, in a
     * project without a glossary, the folders under translations/. Each is a valid BCP 47 tag
     * other than the source locale, listed once, in the order first given.
     */
    public List<String> locales(List<String> requested) {
        List<String> out;
        if (requested != null && !requested.isEmpty()) {
            out = requested.stream().map(this::locale).toList();
        } else if (glossary != null && !glossary.targetLocales().isEmpty()) {
            out = glossary.targetLocales();
            out.forEach(l -> checkTarget(l, root.resolve("glossary.yml"), "remove it from targetLocales"));
        } else {
            out = translationFolders();
            out.forEach(l -> checkTarget(l, translations().resolve(l), "remove or rename this folder"));
        }
        // a locale given twice would be extracted, checked and counted twice, and published over itself
        return List.copyOf(new LinkedHashSet<>(out));
    }

    /**
     * A target locale given on the command line, spelled as the project spells it: the folder
     * under translations/, else the entry of {@code targetLocales}, that is the same tag ignoring
     * case; else the tag in BCP 47's case ({@code pt-br} is {@code pt-BR}). So {@code --locale FR}
     * is the locale of {@code translations/fr/}, never a second locale beside it.
     */
    public String locale(String requested) {
        String canonical = ULocale.forLanguageTag(validateLocale(requested)).toLanguageTag();
        List<String> known = new ArrayList<>(translationFolders());
        if (glossary != null) {
            known.addAll(glossary.targetLocales());
        }
        String tag = known.stream().filter(canonical::equalsIgnoreCase).findFirst().orElse(canonical);
        checkTarget(tag, null, "pass a target locale such as pt-BR or de");
        return tag;
    }

    /**
     * Refuses the source locale as a target: its translations would replace the source pages of
     * the site. {@code from} is where the tag comes from (null: the command line), {@code fix} what to do.
     */
    private void checkTarget(String tag, Path from, String fix) {
        try {
            validateLocale(tag);
        } catch (DoclocException e) {
            if (from == null) {
                throw e;
            }
            // a folder under translations/ that is not a locale: name it, or the message names a
            // tag the user never typed
            throw new DoclocException(from, 0, 0, e.getMessage() + "; " + fix, e);
        }
        if (tag.equalsIgnoreCase(sourceLocale())) {
            throw new DoclocException(from, 0, 0, "'" + tag + "' is the source locale of the project (the language "
                    + "of source-docs/), not a target locale; " + fix);
        }
    }

    private List<String> translationFolders() {
        if (!Files.isDirectory(translations())) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(translations())) {
            return s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Throws unless {@code tag} is a well-formed BCP 47 tag with a known language and no extension
     * or private-use subtags (XLIFF tools and the site's {@code lang} take language, script,
     * region and variants). Case is not checked: {@code pt-br} passes.
     */
    public static String validateLocale(String tag) {
        ULocale l = ULocale.forLanguageTag(tag);
        boolean known = !l.getLanguage().isEmpty() && Arrays.asList(ULocale.getISOLanguages()).contains(l.getLanguage());
        if (!known || !l.toLanguageTag().equalsIgnoreCase(tag)) {
            throw new DoclocException("unknown or invalid locale '" + tag
                    + "'; use a BCP 47 tag such as pt-BR, es, de, ja or ar");
        }
        if (!l.getExtensionKeys().isEmpty()) {
            String plain = new ULocale.Builder().setLocale(l).clearExtensions().build().toLanguageTag();
            throw new DoclocException("locale '" + tag + "' has extension or private-use subtags (-u-, -t-, -x- ...), "
                    + "which translations files cannot name; use language, script, region and variant only, "
                    + "such as " + plain);
        }
        return tag;
    }

    /** What docloc reads from a project and never writes over: folders and files under the root. */
    private static final List<String> INPUTS = List.of("source-docs", "translations", "templates", "glossary.yml",
            "docloc-baseline.yml");

    /**
     * Refuses {@code target}, a file or folder a command is about to write ({@code option} says
     * which option named it), when the write could replace what the project is made of: a place
     * inside {@code source-docs/}, {@code translations/} or {@code templates/}, the glossary or the
     * baseline itself, or a folder that holds one of them. Links are followed, so another name for
     * such a place is refused too. {@code allowed} is an input the command exists to write (the
     * glossary, for {@code glossary import-tbx}).
     */
    public void checkOutput(Path target, String option, String... allowed) {
        checkOutput(root, target, option, allowed);
    }

    /** As {@link #checkOutput(Path, String, String...)}, for the project in {@code root}, not opened. */
    public static void checkOutput(Path root, Path target, String option, String... allowed) {
        Path out = real(target);
        for (String input : INPUTS) {
            if (Arrays.asList(allowed).contains(input)) {
                continue;
            }
            Path in = real(root.resolve(input));
            if (out.startsWith(in) || in.startsWith(out)) {
                String what = input.contains(".") ? input : input + "/";
                throw new DoclocException(target, 0, 0, option + " would write " + (out.startsWith(in)
                        ? (out.equals(in) ? "over " : "inside ") + "the project's " + what
                        : "into a folder that holds the project's " + what)
                        + "; choose a path outside the project's inputs, e.g. under target/");
            }
        }
    }

    /**
     * The real path of {@code p}, or of its nearest existing parent with the rest appended. The
     * path is not normalized first: {@code link/..} is where the link's target's parent is, as
     * the system resolves it when a file is written there, not the folder holding the link.
     */
    public static Path real(Path p) {
        Path abs = p.toAbsolutePath();
        Path existing = abs;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        try {
            return existing == null ? abs.normalize() : existing.toRealPath().resolve(existing.relativize(abs)).normalize();
        } catch (IOException e) {
            return abs.normalize();
        }
    }

    /** The page key: its path without {@code .md}. */
    public static String key(String page) {
        return page.endsWith(".md") ? page.substring(0, page.length() - 3) : page;
    }

    /** Non-Markdown files under source-docs/ (images), copied next to published pages. */
    public List<Path> assets() {
        try (Stream<Path> s = Files.walk(sourceDocs())) {
            List<Path> out = new ArrayList<>();
            s.filter(p -> Files.isRegularFile(p) && !p.toString().endsWith(".md")).sorted().forEach(out::add);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

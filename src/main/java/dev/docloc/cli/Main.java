package dev.docloc.cli;

import dev.docloc.DoclocException;
import dev.docloc.Localizer;
import dev.docloc.Project;
import dev.docloc.report.Progress;
import dev.docloc.report.Report;
import dev.docloc.report.ReportWriter;
import dev.docloc.store.State;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code docloc [--project DIR] COMMAND [options]}. Exit codes: 0 success; 1 {@code check} found
 * issues at or above {@code --fail-on}, or {@code status} is below {@code --min-coverage};
 * 2 usage, configuration or input errors.
 */
@Command(name = "docloc", mixinStandardHelpOptions = true, version = "docloc 0.1.0",
        description = "Documentation localization: Markdown in, XLIFF 2.1 translations, checks, localized site out.")
public final class Main {
    /** The commands, in the order help lists them (see {@link #commandsFor}). */
    private static final List<Class<?>> COMMANDS = List.of(Extract.class, Check.class, Build.class, Status.class,
            Pseudo.class, ImportPages.class, TmCommand.class, PoCommand.class, GlossaryCommand.class, ServeCommand.class);

    @Option(names = "--project", description = "the project root (default: the current directory)", defaultValue = ".")
    Path project;

    @Option(names = "--debug", description = "print stack traces of errors")
    boolean debug;

    @Option(names = {"-q", "--quiet"}, description = "no progress output")
    boolean quiet;

    PrintWriter out;
    PrintWriter err;

    public static void main(String[] args) {
        pinStaxFactory();
        System.exit(run(args, new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
                new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true)));
    }

    /**
     * Names the StAX factory the JDK finds as the one to use from now on. Okapi's XLIFF reader asks
     * for a factory for every file it opens, and without this property each request scans the class
     * path for a service provider (a twentieth of a check); the factory is the same either way.
     */
    private static void pinStaxFactory() {
        String property = "javax.xml.stream.XMLInputFactory";
        if (System.getProperty(property) == null) {
            System.setProperty(property, javax.xml.stream.XMLInputFactory.newFactory().getClass().getName());
        }
    }

    /** Runs the command line in-process; returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        Main main = new Main();
        main.out = out;
        main.err = err;
        CommandLine cl = new CommandLine(main);
        for (Class<?> command : commandsFor(args)) {
            cl.addSubcommand(command);
        }
        cl.setOut(out);
        cl.setErr(err);
        cl.setExitCodeExceptionMapper(e -> 2);
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println("docloc: " + ex.getMessage());
            err.println("Run 'docloc --help' for usage.");
            return 2;
        });
        cl.setExecutionExceptionHandler((ex, c, parsed) -> {
            if (ex instanceof DoclocException de) {
                err.println("docloc: " + de.getMessage());
            } else {
                err.println("docloc: internal error: " + ex + " (run again with --debug for details)");
            }
            if (main.debug) {
                ex.printStackTrace(err);
            }
            return 2;
        });
        int code;
        try {
            code = cl.execute(args);
        } catch (OutOfMemoryError e) {
            // every file is written by rename, so nothing is half-written; say what to do instead of a trace
            err.println("docloc: out of memory (" + e.getMessage() + "); run it with more memory, for example "
                    + "DOCLOC_JAVA_OPTS=-Xmx4g with ./docloc (JAVA_TOOL_OPTIONS=-Xmx4g with java -jar), or fewer locales at a time");
            code = 2;
        } catch (StackOverflowError e) {
            err.println("docloc: internal error: a text nested too deeply to read (" + e + "); please report it with "
                    + "the page (run again with --debug for details)");
            if (main.debug) {
                e.printStackTrace(err);
            }
            code = 2;
        }
        out.flush();
        err.flush();
        return code;
    }

    /**
     * The commands picocli is told about for {@code args}: the one they run, or all of them (for
     * help, a usage error, or anything this does not recognize). Picocli reads every option of
     * every command it is given by reflection when the command line is built, a tenth of a short
     * command (a check after a one-page change), while a run needs only its own command's.
     */
    static List<Class<?>> commandsFor(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--project")) {
                i++;
            } else if (a.startsWith("--project=") || a.equals("-q") || a.equals("--quiet") || a.equals("--debug")) {
                continue;
            } else if (a.startsWith("-")) {
                return COMMANDS; // --help, --version, a mistyped option: picocli answers with all
            } else {
                for (Class<?> c : COMMANDS) {
                    if (c.getAnnotation(Command.class).name().equals(a)) {
                        return List.of(c);
                    }
                }
                return COMMANDS;
            }
        }
        return COMMANDS;
    }

    Localizer localizer() {
        return new Localizer(Project.open(project), Progress.create(!quiet && System.console() != null));
    }

    /** Options of the site {@code build} and {@code serve} write. */
    static class SiteArgs {
        @Option(names = "--out", description = "the output folder (default: target/site under the project)")
        Path out;

        @Option(names = "--min-page-coverage", defaultValue = "0", converter = Percent.class,
                description = "leave pages with less than P percent (0 to 100) translated out of a locale")
        double minPageCoverage;

        @Option(names = "--base-url", defaultValue = Localizer.DEFAULT_BASE_URL,
                description = "the absolute URL the site is published at (canonical links, hreflang, sitemap)")
        String baseUrl;

        /**
         * The output folder, links resolved (the site is written and its links checked in the
         * same place); never inside the inputs or holding them (see {@link Project#checkOutput}).
         */
        Path dir(Project project) {
            Path dir = out != null ? out.toAbsolutePath() : project.root().resolve("target/site");
            project.checkOutput(dir, "--out");
            return Project.real(dir);
        }
    }

    /** A percentage option: a number from 0 to 100 (NaN and infinities are not). */
    static final class Percent implements CommandLine.ITypeConverter<Double> {
        @Override
        public Double convert(String value) {
            double p;
            try {
                p = Double.parseDouble(value);
            } catch (NumberFormatException e) {
                p = Double.NaN;
            }
            if (!(p >= 0 && p <= 100)) {
                throw new CommandLine.TypeConversionException("'" + value + "'; use a percentage from 0 to 100");
            }
            return p;
        }
    }

    /** {@code --format} of {@code status}: the formats it writes. */
    static final class StatusFormat implements CommandLine.ITypeConverter<String> {
        @Override
        public String convert(String value) {
            if (!value.equals("text") && !value.equals("json")) {
                throw new CommandLine.TypeConversionException("'" + value + "'; status writes text or json");
            }
            return value;
        }
    }

    /** Options shared by commands that take locales. */
    static class Locales {
        @Option(names = {"-l", "--locale"}, description = "a target locale (BCP 47); repeatable")
        List<String> locales = new ArrayList<>();
    }

    @Command(name = "extract", mixinStandardHelpOptions = true, description = "Create or update translations/<L>/<path>.xlf for every source page.")
    static final class Extract implements Callable<Integer> {
        @ParentCommand Main main;
        @CommandLine.Mixin Locales l;

        @Override
        public Integer call() {
            Localizer loc = main.localizer();
            loc.extract(loc.project().locales(l.locales)).forEach(main.out::println);
            return 0;
        }
    }

    @Command(name = "check", mixinStandardHelpOptions = true, description = "Check translations against the glossary and QA rules.")
    static final class Check implements Callable<Integer> {
        @ParentCommand Main main;
        @CommandLine.Mixin Locales l;

        @Option(names = "--format", defaultValue = "text", description = "text, json, sarif or html")
        String format;

        @Option(names = "--output", description = "write the report to this file instead of standard output")
        Path output;

        @Option(names = "--fail-on", defaultValue = "error", description = "error, warning or never")
        String failOn;

        @Override
        public Integer call() throws IOException {
            if (!List.of("text", "json", "sarif", "html").contains(format)) {
                throw new DoclocException("unknown --format " + format + "; use text, json, sarif or html");
            }
            if (!List.of("error", "warning", "never").contains(failOn)) {
                throw new DoclocException("unknown --fail-on " + failOn + "; use error, warning or never");
            }
            Localizer loc = main.localizer();
            if (output != null) {
                loc.project().checkOutput(output, "--output");
            }
            Report report = loc.check(loc.project().locales(l.locales));
            boolean color = output == null && format.equals("text") && System.console() != null
                    && System.getenv("NO_COLOR") == null;
            if (output == null) {
                ReportWriter.write(report, format, main.out, color);
                main.out.flush();
            } else {
                // streamed to the file: the report of a large site need not fit in memory twice
                dev.docloc.store.XliffFile.writeAtomically(output.toAbsolutePath(),
                        w -> ReportWriter.write(report, format, w, false));
            }
            return ReportWriter.exitCode(report, failOn);
        }
    }

    @Command(name = "build", mixinStandardHelpOptions = true, description = "Write localized Markdown and the HTML site (default target/site).")
    static final class Build implements Callable<Integer> {
        @ParentCommand Main main;
        @CommandLine.Mixin Locales l;
        @CommandLine.Mixin SiteArgs site;

        @Override
        public Integer call() {
            build(main, l.locales, site);
            return 0;
        }

        /** Builds the site as {@code build} does and prints what it printed; returns the output folder. */
        static Path build(Main main, List<String> requested, SiteArgs site) {
            Localizer loc = main.localizer();
            List<String> locales = loc.project().locales(requested);
            Path dir = site.dir(loc.project());
            var built = loc.build(locales, dir, site.minPageCoverage, site.baseUrl);
            built.issues().forEach(i -> main.err.println(i.severity().id() + ": " + i.locale() + " " + i.page() + ": " + i.message()));
            var links = built.links();
            main.out.printf("wrote %s (%d locales); checked %d pages, %d links, %d anchors: %d broken%n", dir,
                    locales.size() + 1, links.pages(), links.links(), links.anchors(), links.broken().size());
            var work = built.work();
            boolean reused = work.merged() < work.versions() || work.rendered() < work.published();
            main.out.printf("merged %d of %d page versions and rendered %d of %d pages%s%n", work.merged(),
                    work.versions(), work.rendered(), work.published(),
                    reused ? "; the others were unchanged since the last build" : "");
            return dir;
        }
    }

    @Command(name = "status", mixinStandardHelpOptions = true, description = "Translation coverage per locale and page.")
    static final class Status implements Callable<Integer> {
        @ParentCommand Main main;
        @CommandLine.Mixin Locales l;

        @Option(names = "--format", defaultValue = "text", converter = StatusFormat.class, description = "text or json")
        String format;

        @Option(names = "--min-coverage", converter = Percent.class,
                description = "exit 1 when a locale's word coverage is below P percent (0 to 100)")
        Double minCoverage;

        @Override
        public Integer call() throws IOException {
            Localizer loc = main.localizer();
            var rows = loc.status(loc.project().locales(l.locales));
            boolean below = StatusPrinter.print(rows, format, main.out, minCoverage);
            return below ? 1 : 0;
        }
    }

    @Command(name = "pseudo", mixinStandardHelpOptions = true, description = "Fill a pseudo-locale (en-XA, ar-XB) with pseudo-translations.")
    static final class Pseudo implements Callable<Integer> {
        @ParentCommand Main main;

        @Option(names = {"-l", "--locale"}, required = true, description = "en-XA or ar-XB")
        String locale;

        @Override
        public Integer call() {
            Localizer loc = main.localizer();
            String tag = loc.project().locale(locale);
            main.out.println(tag + ": " + loc.pseudo(tag) + " segments pseudo-translated");
            return 0;
        }
    }

    /** {@code --state} of {@code import-pages}: the states an imported page can vouch for. */
    static final class ImportedState implements CommandLine.ITypeConverter<State> {
        @Override
        public State convert(String value) {
            if (!value.equals("translated") && !value.equals("reviewed")) {
                throw new CommandLine.TypeConversionException("'" + value + "'; use translated or reviewed");
            }
            return State.fromId(value);
        }
    }

    @Command(name = "import-pages", mixinStandardHelpOptions = true, description = "Import existing translated pages by aligning them with the source.")
    static final class ImportPages implements Callable<Integer> {
        @ParentCommand Main main;

        @Option(names = {"-l", "--locale"}, required = true, description = "the locale of the pages")
        String locale;

        @Option(names = "--from", required = true, description = "folder with DIR/<path>.md")
        Path from;

        @Option(names = "--state", defaultValue = "translated", converter = ImportedState.class,
                description = "state of imported targets: translated or reviewed")
        State state;

        @Option(names = "--force", description = "overwrite reviewed and final translations")
        boolean force;

        @Override
        public Integer call() {
            Localizer loc = main.localizer();
            loc.importPages(loc.project().locale(locale), from, state, force).forEach(main.out::println);
            return 0;
        }
    }

}

package dev.docloc.cli;

import dev.docloc.Localizer;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code docloc tm export|import}: the translation memory and the store as TMX 1.4b. */
@Command(name = "tm", mixinStandardHelpOptions = true,
        description = "Exchange translations with other tools as TMX 1.4b.",
        subcommands = {TmCommand.Export.class, TmCommand.Import.class})
final class TmCommand implements Callable<Integer> {
    @ParentCommand Main main;

    @Spec CommandSpec spec;

    /** Without a subcommand: a usage error. */
    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "missing subcommand: use 'tm export' or 'tm import'");
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Write the memory and every translated segment of a locale as TMX "
            + "(default target/tm/<L>.tmx).")
    static final class Export implements Callable<Integer> {
        @ParentCommand TmCommand tm;

        @Option(names = {"-l", "--locale"}, required = true, description = "the target locale")
        String locale;

        @Option(names = "--output", description = "the TMX file to write")
        Path output;

        @Override
        public Integer call() {
            Localizer loc = tm.main.localizer();
            String tag = loc.project().locale(locale);
            Path file = output != null ? output.toAbsolutePath()
                    : loc.project().root().resolve("target/tm").resolve(tag + ".tmx");
            loc.project().checkOutput(file, "--output");
            loc.exportTmx(tag, file).forEach(tm.main.out::println);
            return 0;
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Add the pairs of a TMX file to the memory and fill segments with the "
            + "same source; reviewed and final translations are kept unless --force.")
    static final class Import implements Callable<Integer> {
        @ParentCommand TmCommand tm;

        @Option(names = {"-l", "--locale"}, required = true, description = "the target locale")
        String locale;

        @Option(names = "--from", required = true, description = "the TMX file to import")
        Path from;

        @Option(names = "--force", description = "overwrite reviewed and final translations")
        boolean force;

        @Override
        public Integer call() {
            Localizer loc = tm.main.localizer();
            loc.importTmx(loc.project().locale(locale), from.toAbsolutePath(), force).forEach(tm.main.out::println);
            return 0;
        }
    }
}

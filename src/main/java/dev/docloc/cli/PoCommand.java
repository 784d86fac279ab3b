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

/** {@code docloc po export|import}: a locale's translations as gettext PO files, one per page. */
@Command(name = "po", mixinStandardHelpOptions = true,
        description = "Exchange translations with gettext tools (Weblate, Crowdin, Poedit, Pootle).",
        subcommands = {PoCommand.Export.class, PoCommand.Import.class})
final class PoCommand implements Callable<Integer> {
    @ParentCommand Main main;

    @Spec CommandSpec spec;

    /** Without a subcommand: a usage error. */
    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "missing subcommand: use 'po export' or 'po import'");
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Write one PO file per page (default target/po/<L>/<page>.po).")
    static final class Export implements Callable<Integer> {
        @ParentCommand PoCommand po;

        @Option(names = {"-l", "--locale"}, required = true, description = "the target locale")
        String locale;

        @Option(names = "--output", description = "the folder to write the PO files to")
        Path output;

        @Override
        public Integer call() {
            Localizer loc = po.main.localizer();
            String tag = loc.project().locale(locale);
            Path dir = output != null ? output.toAbsolutePath()
                    : loc.project().root().resolve("target/po").resolve(tag);
            loc.project().checkOutput(dir, "--output");
            loc.exportPo(tag, dir).forEach(po.main.out::println);
            return 0;
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Import translated PO files; entries whose source changed or whose "
            + "placeholders do not match are reported and skipped; reviewed and final translations are kept "
            + "unless --force.")
    static final class Import implements Callable<Integer> {
        @ParentCommand PoCommand po;

        @Option(names = {"-l", "--locale"}, required = true, description = "the target locale")
        String locale;

        @Option(names = "--from", required = true, description = "the folder with <page>.po files")
        Path from;

        @Option(names = "--force", description = "overwrite reviewed and final translations")
        boolean force;

        @Override
        public Integer call() {
            Localizer loc = po.main.localizer();
            loc.importPo(loc.project().locale(locale), from.toAbsolutePath(), force).forEach(po.main.out::println);
            return 0;
        }
    }
}

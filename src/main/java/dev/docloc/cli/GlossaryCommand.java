package dev.docloc.cli;

import dev.docloc.DoclocException;
import dev.docloc.Project;
import dev.docloc.glossary.Glossary;
import dev.docloc.glossary.GlossaryWriter;
import dev.docloc.glossary.TbxFormat;
import dev.docloc.store.XliffFile;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code docloc glossary export-tbx|import-tbx}: the glossary as TBX-Basic for other tools. */
@Command(name = "glossary", mixinStandardHelpOptions = true,
        description = "Exchange the glossary with CAT tools and terminology servers as TBX.",
        subcommands = {GlossaryCommand.ExportTbx.class, GlossaryCommand.ImportTbx.class})
final class GlossaryCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Override
    public Integer call() {
        throw new DoclocException("say what to do: docloc glossary export-tbx or import-tbx (see --help)");
    }

    static Glossary glossary(Main main) {
        Path file = main.project.resolve("glossary.yml");
        if (!Files.exists(file)) {
            throw new DoclocException(file, 0, 0, "no glossary.yml in the project");
        }
        return Glossary.load(file);
    }

    @Command(name = "export-tbx", mixinStandardHelpOptions = true, description = "Write glossary.yml as TBX-Basic.")
    static final class ExportTbx implements Callable<Integer> {
        @ParentCommand
        GlossaryCommand parent;

        @Option(names = "--output", defaultValue = "target/glossary.tbx", description = "the TBX file to write")
        Path output;

        @Override
        public Integer call() {
            Glossary g = glossary(parent.main);
            StringWriter sw = new StringWriter();
            TbxFormat.write(g, sw);
            Path to = output.isAbsolute() ? output : parent.main.project.resolve(output);
            Project.checkOutput(parent.main.project, to, "--output");
            XliffFile.writeAtomically(to, sw.toString());
            parent.main.out.println("wrote " + to + " (" + g.terms().size() + " terms)");
            return 0;
        }
    }

    @Command(name = "import-tbx", mixinStandardHelpOptions = true,
            description = "Write a TBX glossary as glossary.yml (validated like glossary.yml).")
    static final class ImportTbx implements Callable<Integer> {
        @ParentCommand
        GlossaryCommand parent;

        @Option(names = "--from", required = true, description = "the TBX file (TBX-Basic, v2 or v3)")
        Path from;

        @Option(names = "--output", defaultValue = "glossary.yml", description = "the glossary file to write")
        Path output;

        @Option(names = "--force", description = "replace an existing file")
        boolean force;

        @Override
        public Integer call() {
            Glossary g = TbxFormat.read(from);
            Path to = output.isAbsolute() ? output : parent.main.project.resolve(output);
            Project.checkOutput(parent.main.project, to, "--output", "glossary.yml");
            if (Files.exists(to) && !force) {
                throw new DoclocException(to, 0, 0, "exists; pass --force to replace it, or --output another file");
            }
            StringWriter sw = new StringWriter();
            GlossaryWriter.write(g, sw);
            XliffFile.writeAtomically(to, sw.toString());
            Glossary.load(to);
            parent.main.out.println("wrote " + to + " (" + g.terms().size() + " terms)");
            return 0;
        }
    }

}

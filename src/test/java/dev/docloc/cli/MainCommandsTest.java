package dev.docloc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Picocli is told only about the command a run uses; help, usage errors and every command's
 * own help read exactly as with all commands known.
 */
class MainCommandsTest {
    private static final List<String> ALL = List.of("extract", "check", "build", "status", "pseudo", "import-pages",
            "tm", "po", "glossary", "serve");

    private static List<String> names(String... args) {
        return Main.commandsFor(args).stream().map(c -> c.getAnnotation(Command.class).name()).toList();
    }

    @Test
    void aRunIsToldAboutItsOwnCommandOnly() {
        assertThat(names("build")).containsExactly("build");
        assertThat(names("--project", "check", "-q", "--debug", "check", "--locale", "de")).containsExactly("check");
        assertThat(names("--project=/tmp/x", "--quiet", "tm", "export")).containsExactly("tm");
        assertThat(names()).isEqualTo(ALL);
        assertThat(names("--help")).isEqualTo(ALL);
        assertThat(names("-q", "--version")).isEqualTo(ALL);
        assertThat(names("extrct")).isEqualTo(ALL);
        assertThat(names("--project")).isEqualTo(ALL);
    }

    @Test
    void helpListsEveryCommandInOrder() {
        String help = run("--help");
        int at = 0;
        for (String name : ALL) {
            int next = help.indexOf("\n  " + name + " ", at);
            assertThat(next).as(name + " listed after the previous command").isGreaterThan(at);
            at = next;
        }
    }

    @Test
    void aCommandsHelpAndAMistypedCommandReadAsWithAllCommandsKnown() throws Exception {
        for (String name : ALL) {
            assertThat(run(name, "--help")).as(name).isEqualTo(withAllCommands(name, "--help"));
        }
        for (String[] args : new String[][] {{"build", "--no-such-option"}, {"tm"}, {"check", "--fail-on"},
                {"--quiet", "status", "extra"}}) {
            assertThat(run(args)).as(String.join(" ", args)).isEqualTo(withAllCommands(args));
        }
    }

    /** What {@link Main#run} prints for {@code args}, then its exit code. */
    private static String run(String... args) {
        StringWriter out = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(out, true));
        return out + "exit " + code;
    }

    /** The usage or error picocli prints for {@code args} when every command is registered, then the exit code. */
    private static String withAllCommands(String... args) throws Exception {
        StringWriter out = new StringWriter();
        PrintWriter w = new PrintWriter(out, true);
        Main main = new Main();
        main.out = w;
        main.err = w;
        CommandLine cl = new CommandLine(main);
        for (Class<?> c : List.of(Main.Extract.class, Main.Check.class, Main.Build.class, Main.Status.class,
                Main.Pseudo.class, Main.ImportPages.class, TmCommand.class, PoCommand.class, GlossaryCommand.class,
                ServeCommand.class)) {
            cl.addSubcommand(c);
        }
        cl.setOut(w);
        cl.setErr(w);
        cl.setParameterExceptionHandler((ex, a) -> {
            w.println("docloc: " + ex.getMessage());
            w.println("Run 'docloc --help' for usage.");
            return 2;
        });
        cl.setExitCodeExceptionMapper(e -> 2);
        int code = cl.execute(args);
        return out + "exit " + code;
    }
}

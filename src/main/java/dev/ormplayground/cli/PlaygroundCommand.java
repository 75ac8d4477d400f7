package dev.ormplayground.cli;

import dev.ormplayground.data.DataLoadException;
import dev.ormplayground.db.DatabaseAccessException;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/**
 * The command line: {@code bench}, {@code feed}, {@code export}, {@code window-bench} and
 * {@code challenge}, headless faces of the same engine.
 */
@Command(name = "orm-playground", mixinStandardHelpOptions = true, version = "ORM Playground 0.1",
        description = "See how Hibernate code becomes SQL and latency, from N+1 to cached.%n"
                + "Without a command, opens the window.",
        subcommands = {BenchCommand.class, FeedCommand.class, ExportCommand.class, WindowBenchCommand.class,
                ChallengeCommand.class})
public final class PlaygroundCommand implements Runnable {

    /** Exit code for bad input: options, values, levels, data files, a database that cannot be used as given. */
    public static final int BAD_INPUT = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "choose a command: bench, feed, export, window-bench or challenge");
    }

    /** Runs the command line and returns the process exit code. */
    public static int execute(String... args) {
        return execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new PlaygroundCommand());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setParameterExceptionHandler((e, ignoredArgs) -> {
            // One line saying what is wrong, then where the options are; the same for every mistake.
            // Not the whole usage: forty lines of options would push the error off the screen.
            CommandLine cl = e.getCommandLine();
            cl.getErr().println("error: " + oneLine(e));
            CommandLine.UnmatchedArgumentException.printSuggestions(e, cl.getErr());
            cl.getErr().println(seeHelp(cl));
            return BAD_INPUT;
        });
        commandLine.setExecutionExceptionHandler((e, cl, parseResult) -> {
            cl.getErr().println("error: " + oneLine(e));
            return e instanceof DataLoadException || e instanceof IllegalArgumentException
                    || e instanceof DatabaseAccessException ? BAD_INPUT : 1;
        });
        return commandLine.execute(args);
    }

    /** e.g. {@code see 'orm-playground bench --help'}: the command the mistake was made in. */
    static String seeHelp(CommandLine cl) {
        return "see '" + cl.getCommandSpec().qualifiedName() + " --help'";
    }

    private static String oneLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse(message);
    }
}

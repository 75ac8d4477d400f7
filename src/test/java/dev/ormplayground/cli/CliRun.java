package dev.ormplayground.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command line in-process, as the tests need it: exit code and both outputs. */
final class CliRun {

    record Outcome(int exitCode, String out, String err) {
    }

    private CliRun() {
    }

    static Outcome execute(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = PlaygroundCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Outcome(code, out.toString(), err.toString());
    }
}

package io.tradebot.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One run of the command line as {@code main} runs it, with what it printed and its exit code. */
record CommandRun(int exitCode, String out, String err) {

    static CommandRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = TradebotCli.run(new PrintWriter(out), new PrintWriter(err), args);
        return new CommandRun(code, out.toString(), err.toString());
    }
}

package io.tradebot.strategy.marketdata.csv;

import java.nio.file.Path;

/** A bar file that cannot be used as it is: says which file, which line (1 = the header) and what is wrong. */
public final class BarFileException extends Exception {

    private final transient Path file;
    private final int line;
    private final String problem;

    public BarFileException(Path file, int line, String problem) {
        super(file + (line > 0 ? ", line " + line : "") + ": " + problem);
        this.file = file;
        this.line = line;
        this.problem = problem;
    }

    public Path file() {
        return file;
    }

    /** The 1-based line number (the header is line 1), or 0 when the problem is the file itself. */
    public int line() {
        return line;
    }

    public String problem() {
        return problem;
    }
}

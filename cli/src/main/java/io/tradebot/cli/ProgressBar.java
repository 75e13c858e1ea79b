package io.tradebot.cli;

import io.tradebot.strategy.backtest.ProgressListener;
import java.io.PrintWriter;

/**
 * A one-line progress bar on stderr, redrawn in place ({@code \r}) whenever the percentage changes, and cleared
 * when done. Drawn only with {@code --progress}, which {@code ./tradebot} passes when stderr is a terminal, so
 * redirected output and tests get no control characters.
 */
final class ProgressBar implements ProgressListener {

    private static final int WIDTH = 30;

    private final PrintWriter err;
    private int shown = -1;

    private ProgressBar(PrintWriter err) {
        this.err = err;
    }

    /** A bar on {@code err} when {@code shown}, else no progress output at all. */
    static ProgressListener on(PrintWriter err, boolean shown) {
        return shown ? new ProgressBar(err) : ProgressListener.NONE;
    }

    @Override
    public void progress(long done, long total) {
        int percent = total == 0 ? 100 : (int) (done * 100 / total);
        if (percent == shown) {
            return;
        }
        shown = percent;
        int filled = percent * WIDTH / 100;
        err.print("\r[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + percent + "% " + done + "/" + total
                + " bars");
        if (done >= total) {
            err.print("\r" + " ".repeat(WIDTH + 40) + "\r");
        }
        err.flush();
    }
}

package speechsearch.cli;

import java.io.PrintWriter;
import java.util.Locale;
import speechsearch.index.Reindexer;

/** A progress line on stderr with rate and ETA; redrawn in place on a terminal. */
final class ProgressBar implements Reindexer.Progress {
  private final PrintWriter err;
  private final boolean terminal;
  private long start = System.nanoTime();
  private long lastPrint;
  private String lastPhase = "";

  ProgressBar(PrintWriter err) {
    this.err = err;
    this.terminal = System.console() != null;
  }

  @Override
  public synchronized void update(String phase, long done, long total, long bytes) {
    long now = System.nanoTime();
    if (!phase.equals(lastPhase)) start = now; // each phase has its own rate
    boolean end = done == total;
    if (!end
        && phase.equals(lastPhase)
        && now - lastPrint < (terminal ? 200_000_000L : 5_000_000_000L)) return;
    lastPrint = now;
    lastPhase = phase;
    double secs = Math.max(1e-3, (now - start) / 1e9);
    double mbps = bytes / 1e6 / secs;
    double eta = done == 0 ? 0 : secs * (total - done) / done;
    int width = 30;
    int filled = total == 0 ? width : (int) (width * done / total);
    String line =
        String.format(
            Locale.ROOT,
            "%-6s [%s%s] %d/%d  %.1f MB/s  ETA %ds",
            phase,
            "#".repeat(filled),
            ".".repeat(width - filled),
            done,
            total,
            mbps,
            Math.round(eta));
    if (terminal) err.print("\r" + line + (end ? "\n" : ""));
    else err.println(line);
    err.flush();
  }
}

package speechsearch.index;

import java.nio.file.Path;
import java.util.List;
import speechsearch.analysis.TokenizerChoice;
import speechsearch.ingest.SpeechIngester;

/** A child process for the crash test: reindexes the same sources until it is killed. */
public final class ReindexLoop {
  private ReindexLoop() {}

  public static void main(String[] args) throws Exception {
    Path source = Path.of(args[0]);
    IndexLayout layout = new IndexLayout(Path.of(args[1]));
    Reindexer reindexer = new Reindexer(SpeechIngester.withDefaults(), TokenizerChoice.FAST, 1);
    IndexUpdater updater = new IndexUpdater(SpeechIngester.withDefaults());
    System.out.println("ready");
    System.out.flush();
    for (int round = 0; ; round++) {
      if (round % 3 == 2) {
        updater.remove(layout, List.of("001_e2998c9e767e90a0"));
        updater.add(layout, List.of(source.resolve("001_e2998c9e767e90a0.txt")));
      } else {
        reindexer.reindex(List.of(source), layout, Reindexer.Progress.NONE);
      }
    }
  }
}

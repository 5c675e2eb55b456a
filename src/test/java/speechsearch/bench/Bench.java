package speechsearch.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import speechsearch.ingest.read.DocumentReader;
import speechsearch.testing.Shared;

/** What the benchmarks share: the corpus as the product reads it, and wall-clock timing. */
final class Bench {
  private Bench() {}

  /** The corpus files' texts, in file order, and the sum of their UTF-8 bytes. */
  record Corpus(List<String> texts, long utf8Bytes) {
    double megabytes() {
      return utf8Bytes / 1e6;
    }
  }

  /** Every corpus file read by {@link DocumentReader}; skips the test where ../shared is absent. */
  static Corpus corpus() throws IOException {
    Path corpus = Shared.require("corpus");
    List<String> texts = new ArrayList<>();
    long bytes = 0;
    DocumentReader reader = new DocumentReader();
    for (Path f : DocumentReader.listInputs(List.of(corpus))) {
      String t = reader.read(f).text();
      texts.add(t);
      bytes += t.getBytes(StandardCharsets.UTF_8).length;
    }
    return new Corpus(texts, bytes);
  }

  /** Wall time of one run, in seconds. */
  static double seconds(Runnable r) {
    long t0 = System.nanoTime();
    r.run();
    return (System.nanoTime() - t0) / 1e9;
  }

  /** Best wall time in seconds over n runs. */
  static double best(int n, Runnable r) {
    double best = Double.MAX_VALUE;
    for (int i = 0; i < n; i++) best = Math.min(best, seconds(r));
    return best;
  }
}

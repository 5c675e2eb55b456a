package speechsearch.bench;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import speechsearch.ingest.SpeechIngester;
import speechsearch.ingest.SpeechTexts;

/**
 * Ingest speed on the corpus, single thread: cleaning + parsing, the full assembly (metadata,
 * region, topics), and SmartCN analysis of the same text for scale, all in one run. Prints figures;
 * asserts nothing about time. Run: {@code mvn test -Dgroups=benchmark -Dtest=IngestBenchmark}.
 */
@Tag("benchmark")
class IngestBenchmark {

  @Test
  void ingestThroughputAgainstSmartCn() throws IOException {
    Bench.Corpus corpus = Bench.corpus();
    List<String> texts = corpus.texts();
    SpeechIngester ingester = SpeechIngester.withDefaults();
    double mb = corpus.megabytes();
    System.out.printf(Locale.ROOT, "corpus: %d files, %.1f MB UTF-8%n", texts.size(), mb);

    for (int warm = 0; warm < 3; warm++) for (String t : texts) SpeechTexts.cleanAndParse(t);
    double cleanParse = Bench.best(5, () -> texts.forEach(SpeechTexts::cleanAndParse));
    double full = Bench.best(3, () -> texts.forEach(t -> ingester.parseText("x.txt", t)));
    double smartcn;
    try (Analyzer a = new SmartChineseAnalyzer()) {
      smartcn = Bench.best(1, () -> texts.forEach(t -> consume(a, t)));
    }
    System.out.printf(
        Locale.ROOT,
        "clean+parse: %.1f MB/s   full ingest (+metadata, region, topics): %.1f MB/s   SmartCN analysis: %.2f MB/s%n",
        mb / cleanParse,
        mb / full,
        mb / smartcn);
    System.out.printf(
        Locale.ROOT,
        "full ingest costs %.1f%% of the time SmartCN needs for the same text%n",
        100 * full / smartcn);
  }

  private static void consume(Analyzer a, String text) {
    try (TokenStream ts = a.tokenStream("f", new StringReader(text))) {
      ts.reset();
      while (ts.incrementToken()) {
        // count nothing: only the analysis cost matters here
      }
      ts.end();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}

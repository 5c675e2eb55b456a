package speechsearch.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import speechsearch.analysis.FastSmartCnTokenizer;
import speechsearch.testing.Shared;

/**
 * Stock SmartCN ({@code HMMChineseTokenizer}) against {@code FastSmartCnTokenizer} on the corpus,
 * in one run: first-use load time, heap held by the loaded dictionaries, and throughput on one and
 * on two threads. Prints figures; asserts only that both emit the same number of tokens. Run:
 * {@code mvn -q -B test -Dgroups=benchmark -Dtest.excludedGroups=none -Dtest=SegmenterBenchmark}.
 */
@Tag("benchmark")
class SegmenterBenchmark {
  private static final String PROBE = "中华人民共和国国务院发布了2025年政府工作报告。";

  @Test
  void stockVersusFast() throws Exception {
    Path corpus = Shared.require("corpus");
    List<String> texts = new ArrayList<>();
    long bytes = 0;
    try (Stream<Path> s = Files.walk(corpus)) {
      for (Path f : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        byte[] b = Files.readAllBytes(f);
        texts.add(new String(b, StandardCharsets.UTF_8));
        bytes += b.length;
      }
    }
    double mb = bytes / 1e6;
    System.out.printf(Locale.ROOT, "corpus: %d files, %.1f MB UTF-8%n", texts.size(), mb);

    // JDK machinery both loads use (sentence rules, serialization): paid here, by neither side.
    BreakIterator.getSentenceInstance(Locale.ROOT);
    warmSerialization();

    long base = usedHeapAfterGc();
    long t0 = System.nanoTime();
    Tokenizer stockProbe = new HMMChineseTokenizer();
    consume(
        stockProbe, PROBE); // the bigram table loads on the first sentence, not in the constructor
    double stockLoadMs = (System.nanoTime() - t0) / 1e6;
    long stockHeap = usedHeapAfterGc() - base;

    base = usedHeapAfterGc();
    t0 = System.nanoTime();
    Tokenizer fastProbe = new FastSmartCnTokenizer();
    consume(fastProbe, PROBE);
    double fastLoadMs = (System.nanoTime() - t0) / 1e6;
    long fastHeap = usedHeapAfterGc() - base;

    System.out.printf(
        Locale.ROOT,
        "first use (load dictionaries + one sentence): stock %.0f ms, fast %.0f ms%n",
        stockLoadMs,
        fastLoadMs);
    System.out.printf(
        Locale.ROOT,
        "heap held after load (used-heap delta after GC): stock %.1f MB, fast %.1f MB%n",
        stockHeap / 1e6,
        fastHeap / 1e6);

    Supplier<Tokenizer> stock = HMMChineseTokenizer::new;
    Supplier<Tokenizer> fast = FastSmartCnTokenizer::new;
    assertEquals(pass(stock, texts), pass(fast, texts), "token counts differ"); // also the warm-up
    double stock1 = Bench.best(2, () -> pass(stock, texts));
    double fast1 = Bench.best(2, () -> pass(fast, texts));
    double stock2 = Bench.best(1, () -> parallel(stock, texts));
    double fast2 = Bench.best(1, () -> parallel(fast, texts));
    System.out.printf(
        Locale.ROOT,
        "1 thread:  stock %.2f MB/s, fast %.2f MB/s, ratio %.2fx%n",
        mb / stock1,
        mb / fast1,
        stock1 / fast1);
    System.out.printf(
        Locale.ROOT,
        "2 threads: stock %.2f MB/s, fast %.2f MB/s, ratio %.2fx (each thread tokenizes the whole"
            + " corpus; MB/s is the total)%n",
        2 * mb / stock2,
        2 * mb / fast2,
        stock2 / fast2);
    consume(stockProbe, PROBE); // keep both loaded until the end of the measurement
    consume(fastProbe, PROBE);
  }

  /** The whole corpus through one tokenizer; returns the token count. */
  private static long pass(Supplier<Tokenizer> factory, List<String> texts) {
    Tokenizer t = factory.get();
    long n = 0;
    for (String text : texts) n += consume(t, text);
    return n;
  }

  private static void parallel(Supplier<Tokenizer> factory, List<String> texts) {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<Long>> runs = new ArrayList<>();
      for (int i = 0; i < 2; i++) runs.add(pool.submit(() -> pass(factory, texts)));
      for (Future<Long> f : runs) f.get();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    } finally {
      pool.shutdown();
    }
  }

  private static long consume(Tokenizer t, String text) {
    long n = 0;
    try {
      t.setReader(new StringReader(text));
      t.reset();
      while (t.incrementToken()) n++;
      t.end();
      t.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return n;
  }

  private static long usedHeapAfterGc() throws InterruptedException {
    Runtime rt = Runtime.getRuntime();
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 4; i++) {
      System.gc();
      Thread.sleep(50);
      used = Math.min(used, rt.totalMemory() - rt.freeMemory());
    }
    return used;
  }

  private static void warmSerialization() throws IOException, ClassNotFoundException {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(buf)) {
      out.writeObject(new int[][] {{1}});
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(buf.toByteArray()))) {
      in.readObject();
    }
  }
}

package speechsearch.index;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.store.FSDirectory;
import speechsearch.analysis.Glossary;
import speechsearch.analysis.TokenizerChoice;
import speechsearch.speech.Speech;
import speechsearch.speech.Unit;

/**
 * Test support: writes a live generation from speeches made in memory, through the product's own
 * writer configuration and document mapping ({@link IndexWriters}), without files or parsing. For
 * benchmarks on synthetic corpora larger than any real one.
 */
public final class GenerationWriter {
  private GenerationWriter() {}

  /** What was written. */
  public record Written(
      int speeches, long measures, long documents, long textBytes, double seconds) {}

  /**
   * Writes speeches {@code 0, 1, …} made by {@code speech} on {@code threads} threads until {@code
   * maxMeasures} measures are written or {@code budgetSeconds} have passed, then commits and makes
   * the generation live.
   */
  public static Written write(
      IndexLayout layout,
      LongFunction<Speech> speech,
      long maxMeasures,
      double budgetSeconds,
      int threads)
      throws IOException, InterruptedException {
    long t0 = System.nanoTime();
    Path gen = layout.newGeneration();
    Glossary glossary = Glossary.bundled();
    AtomicLong nextSpeech = new AtomicLong();
    AtomicLong speeches = new AtomicLong();
    AtomicLong measures = new AtomicLong();
    AtomicLong sections = new AtomicLong();
    AtomicLong docs = new AtomicLong();
    AtomicLong chars = new AtomicLong();
    List<Throwable> failures = new ArrayList<>();
    try (FSDirectory dir = FSDirectory.open(gen);
        IndexWriter writer =
            new IndexWriter(dir, IndexWriters.config(glossary, TokenizerChoice.FAST))) {
      List<Thread> pool = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        Thread t =
            new Thread(
                () -> {
                  try {
                    while (measures.get() < maxMeasures
                        && (System.nanoTime() - t0) / 1e9 < budgetSeconds) {
                      Speech s = speech.apply(nextSpeech.getAndIncrement());
                      long[] c = new long[3];
                      count(s.sections(), c);
                      docs.addAndGet(IndexWriters.add(writer, s, List.of(s.file()), s.id()));
                      speeches.incrementAndGet();
                      sections.addAndGet(c[0]);
                      measures.addAndGet(c[1]);
                      chars.addAndGet(c[2]);
                    }
                  } catch (Throwable e) {
                    synchronized (failures) {
                      failures.add(e);
                    }
                  }
                });
        pool.add(t);
        t.start();
      }
      for (Thread t : pool) t.join();
      if (!failures.isEmpty()) throw new IOException("indexing failed", failures.get(0));
      writer.setLiveCommitData(Map.of("tokenizer", TokenizerChoice.FAST.name()).entrySet());
      writer.commit();
    }
    glossary.write(gen.resolve(Glossary.FILE_NAME));
    new GenerationInfo(
            java.util.UUID.randomUUID().toString(),
            Instant.now().toString(),
            TokenizerChoice.FAST.name(),
            Math.toIntExact(speeches.get()),
            Math.toIntExact(sections.get()),
            Math.toIntExact(measures.get()),
            Math.toIntExact(docs.get()),
            chars.get(),
            glossary.terms().size(),
            0,
            0,
            0,
            null,
            null)
        .write(gen);
    layout.switchTo(gen);
    return new Written(
        Math.toIntExact(speeches.get()),
        measures.get(),
        docs.get(),
        chars.get(),
        (System.nanoTime() - t0) / 1e9);
  }

  /** sections, measures, UTF-8 bytes of unit text. */
  private static void count(List<Unit> units, long[] c) {
    for (Unit u : units) {
      c[u.children().isEmpty() ? 1 : 0]++;
      c[2] +=
          u.text() == null ? 0 : u.text().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
      count(u.children(), c);
    }
  }
}

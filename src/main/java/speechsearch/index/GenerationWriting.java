package speechsearch.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.store.Directory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import speechsearch.analysis.Glossary;
import speechsearch.analysis.TokenizerChoice;
import speechsearch.ingest.topic.TopicClassifier;

/**
 * The indexing phase of a reindex ({@link Reindexer}): parsed speeches written into a new
 * generation's Lucene index on several threads at once, committed with the tokenizer's name, and
 * described as the generation's {@link GenerationInfo}.
 */
final class GenerationWriting {
  private static final Logger LOG = LoggerFactory.getLogger(GenerationWriting.class);

  private GenerationWriting() {}

  static GenerationInfo write(
      Directory dir,
      List<ParsedSpeech> speeches,
      Glossary glossary,
      TokenizerChoice tokenizer,
      int threads,
      ExecutorService pool,
      Reindexer.Progress progress,
      TopicClassifier topics)
      throws IOException {
    AtomicLong done = new AtomicLong();
    AtomicLong bytes = new AtomicLong();
    AtomicLong docs = new AtomicLong();
    List<ParsedSpeech> bySize = new ArrayList<>(speeches);
    // big speeches first, so that two threads finish together
    bySize.sort(Comparator.comparingLong(ParsedSpeech::bytes).reversed());
    progress.update("index", 0, speeches.size(), 0);
    try (IndexWriter writer = new IndexWriter(dir, IndexWriters.config(glossary, tokenizer))) {
      // one worker per thread takes the next speech; when none is left it flushes a buffer of its
      // own, so the segments are written by all threads at once instead of one by one in commit
      AtomicInteger next = new AtomicInteger();
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        futures.add(
            pool.submit(
                () -> {
                  try {
                    for (int k; (k = next.getAndIncrement()) < bySize.size(); ) {
                      ParsedSpeech p = bySize.get(k);
                      ParsedTree.Loaded tree = p.tree().read(); // one tree at a time per thread
                      docs.addAndGet(
                          IndexWriters.add(
                              writer, tree.speech(), tree.json(), p.sources(), p.sourceKey()));
                      progress.update(
                          "index",
                          done.incrementAndGet(),
                          speeches.size(),
                          bytes.addAndGet(p.bytes()));
                    }
                  } catch (IOException | RuntimeException e) {
                    next.set(bySize.size()); // the other workers stop too: the batch has failed
                    throw e;
                  }
                  writer.flushNextBuffer();
                  return null;
                }));
      }
      for (Future<?> f : futures) {
        try {
          f.get();
        } catch (ExecutionException e) {
          throw new IOException(
              "indexing failed: " + Reindexer.describe(e.getCause()), e.getCause());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IOException("reindex interrupted", e);
        }
      }
      Map<String, String> userData = new LinkedHashMap<>();
      userData.put("tokenizer", tokenizer.name());
      writer.setLiveCommitData(userData.entrySet());
      long added = System.nanoTime();
      writer.commit();
      LOG.debug("commit {} s after adding", Reindexer.seconds(added, System.nanoTime()));
    }
    return GenerationInfo.of(
        speeches.stream().map(ParsedSpeech::facts).toList(),
        docs.get(),
        speeches.stream().mapToLong(ParsedSpeech::bytes).sum(),
        tokenizer,
        glossary.terms().size(),
        GenerationTopics.shas(topics));
  }
}

package speechsearch.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import speechsearch.ingest.SpeechIngester;
import speechsearch.ingest.topic.TopicClassifier;
import speechsearch.speech.Speech;

/**
 * The parse phase of a reindex ({@link Reindexer}): every file parsed on the pool, or its tree
 * taken from the live generation when the file is unchanged (see {@link PreviousTrees}); each
 * speech's facts kept and its tree put in the run's store, in the order of the files. A file that
 * cannot be parsed is skipped with the reason and the batch goes on; a tree that cannot be put in
 * the store fails the run, since no file is to blame for that.
 */
final class SourceParsing {
  private final SpeechIngester ingester;
  private final ExecutorService pool;
  private final PreviousTrees previous;
  private final ParsedTree.Store trees;
  private final Reindexer.Progress progress;
  private final AtomicInteger reused = new AtomicInteger();

  SourceParsing(
      SpeechIngester ingester,
      ExecutorService pool,
      PreviousTrees previous,
      ParsedTree.Store trees,
      Reindexer.Progress progress) {
    this.ingester = ingester;
    this.pool = pool;
    this.previous = previous;
    this.trees = trees;
    this.progress = progress;
  }

  /** How many trees were taken from the live generation. */
  int reused() {
    return reused.get();
  }

  /** The speeches of the files that could be parsed, in the files' order. */
  List<ParsedSpeech> parse(List<Path> files, List<ReindexReport.Skipped> skipped)
      throws IOException {
    List<Future<ParsedSpeech>> futures = new ArrayList<>();
    AtomicLong done = new AtomicLong();
    AtomicLong bytes = new AtomicLong();
    progress.update("parse", 0, files.size(), 0); // the phase's clock starts now
    for (Path f : files) {
      futures.add(
          pool.submit(
              () -> {
                try {
                  SpeechIngester.Source source = ingester.source(f);
                  // an unchanged file (same bytes, sidecar and program) keeps its parsed tree
                  Optional<Speech> kept = previous.reuse(f, source.key());
                  if (kept.isPresent()) reused.incrementAndGet();
                  Speech s = kept.isPresent() ? relabel(kept.get()) : ingester.ingest(source);
                  int size = source.snapshot().bytes().length;
                  bytes.addAndGet(size);
                  return ParsedSpeech.of(f, s, source.key(), size, List.of(f.toString()), trees);
                } finally {
                  progress.update("parse", done.incrementAndGet(), files.size(), bytes.get());
                }
              }));
    }
    List<ParsedSpeech> parsed = new ArrayList<>();
    Map<String, Integer> ids = new HashMap<>();
    for (int i = 0; i < files.size(); i++) {
      try {
        ParsedSpeech p = futures.get(i).get();
        // two files with one name in different folders: keep both, the later under a longer id
        int n = ids.merge(p.id(), 1, Integer::sum);
        if (n > 1) p = Duplicates.renamed(p, p.id() + "_" + n, trees);
        parsed.add(p);
      } catch (ExecutionException e) {
        if (e.getCause() instanceof SpillFile.WriteFailed failed) throw failed;
        skipped.add(ReindexReport.Skipped.failed(files.get(i), e.getCause()));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("reindex interrupted", e);
      }
    }
    return parsed;
  }

  /** A kept tree labelled by this run's taxonomy and model, which may not be the live ones. */
  private Speech relabel(Speech kept) {
    TopicClassifier topics = ingester.topics();
    return topics == null ? kept : topics.label(kept);
  }
}

package speechsearch.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import speechsearch.analysis.Glossary;
import speechsearch.analysis.TokenizerChoice;
import speechsearch.ingest.SpeechIngester;
import speechsearch.ingest.SpeechJson;
import speechsearch.ingest.read.SourceWalker;
import speechsearch.ingest.topic.TopicClassifier;
import speechsearch.speech.Speech;

/**
 * {@code add} and {@code remove} without a full rebuild: the live generation is copied (hard links:
 * Lucene never rewrites a file), changed in the copy with the glossary and segmenter it was built
 * with, verified, and switched to like a reindex. A file whose source key (bytes, sidecar metadata,
 * program) is already indexed is skipped; a file whose speech is already indexed under another name
 * is merged into it as a reindex merges duplicates (both sources recorded, the more simplified copy
 * kept). Each added speech is recorded in the generation's {@code added.json}, so that a reindex
 * knows it and does not drop it silently. New speeches are labelled with the taxonomy and topic
 * model the live generation was labelled with.
 */
public final class IndexUpdater {

  /** What an update did. */
  public record Result(
      String generation,
      List<String> added,
      List<String> unchanged,
      List<String> removed,
      List<ReindexReport.Skipped> skipped,
      List<ReindexReport.Duplicate> duplicates,
      List<ReindexReport.Cut> cut) {}

  private final SpeechIngester ingester;

  public IndexUpdater(SpeechIngester ingester) {
    this.ingester = ingester;
  }

  public Result add(IndexLayout layout, List<Path> inputs) throws IOException {
    return add(layout, inputs, false);
  }

  /**
   * @param followLinks follow symbolic links that lead out of a folder given as input
   */
  public Result add(IndexLayout layout, List<Path> inputs, boolean followLinks) throws IOException {
    return update(layout, inputs, List.of(), followLinks);
  }

  public Result remove(IndexLayout layout, List<String> speechIds) throws IOException {
    return update(layout, List.of(), speechIds, false);
  }

  /** One update in progress: the new generation's writer and what it has done so far. */
  private static final class Run {
    final IndexWriter writer;
    final IndexedSpeeches indexed;
    List<AddedSpeeches.Entry> entries;
    final List<String> added = new ArrayList<>();
    final List<String> unchanged = new ArrayList<>();
    final List<String> removed = new ArrayList<>();
    final List<ReindexReport.Skipped> skipped = new ArrayList<>();
    final List<ReindexReport.Duplicate> duplicates = new ArrayList<>();
    final List<ParsedSpeech> parsed = new ArrayList<>();

    final TopicClassifier topics; // the live generation's, which may not be the ingester's

    Run(
        IndexWriter writer,
        IndexedSpeeches indexed,
        List<AddedSpeeches.Entry> entries,
        TopicClassifier topics) {
      this.writer = writer;
      this.indexed = indexed;
      this.entries = entries;
      this.topics = topics;
    }
  }

  private Result update(
      IndexLayout layout, List<Path> inputs, List<String> removeIds, boolean followLinks)
      throws IOException {
    try (Closeable lock = layout.lock()) {
      // read under the lock: the generation this update builds on is the one it replaces
      Path live =
          layout
              .current()
              .orElseThrow(
                  () ->
                      new IOException(
                          "there is no index at " + layout.root() + ": run reindex first"));
      GenerationInfo info = GenerationInfo.read(live);
      TokenizerChoice tokenizer = TokenizerChoice.valueOf(info.tokenizer());
      Glossary glossary = Glossary.load(live.resolve(Glossary.FILE_NAME));
      List<AddedSpeeches.Entry> entries = AddedSpeeches.read(live);
      TopicClassifier topics = GenerationTopics.classifier(live, ingester.topics());
      Path gen = layout.newGeneration();
      Run run;
      try {
        copy(live, gen);
        try (Directory dir = FSDirectory.open(gen);
            IndexedSpeeches indexed = IndexedSpeeches.read(dir)) {
          IndexWriterConfig config = IndexWriters.config(glossary, tokenizer);
          config.setOpenMode(IndexWriterConfig.OpenMode.APPEND);
          try (IndexWriter writer = new IndexWriter(dir, config)) {
            run = new Run(writer, indexed, entries, topics);
            for (String id : removeIds) remove(run, id);
            SourceWalker.Listing listing = SourceWalker.list(inputs, followLinks);
            for (SourceWalker.Refused r : listing.refused())
              run.skipped.add(new ReindexReport.Skipped(r.path().toString(), r.reason()));
            for (Path f : listing.files()) {
              try {
                add(run, f);
              } catch (IOException | RuntimeException e) {
                run.skipped.add(new ReindexReport.Skipped(f.toString(), Reindexer.describe(e)));
              }
            }
            writer.commit();
          }
          GenerationInfo counted = recount(dir, info, tokenizer);
          counted.write(gen);
          AddedSpeeches.write(gen, run.entries);
          Verifier.verify(dir, counted, glossary, tokenizer);
        }
      } catch (IOException | RuntimeException e) {
        IndexLayout.deleteTree(gen);
        throw e;
      }
      layout.switchTo(gen);
      layout.deleteUnreferenced();
      return new Result(
          gen.getFileName().toString(),
          run.added,
          run.unchanged,
          run.removed,
          run.skipped,
          run.duplicates,
          ReindexReport.cut(run.parsed));
    }
  }

  private static void remove(Run run, String id) throws IOException {
    if (!run.indexed.remove(id)) throw new IOException("no speech has the id " + id);
    run.writer.deleteDocuments(new Term(Schema.SPEECH_ID, id));
    run.entries = AddedSpeeches.without(run.entries, id);
    run.removed.add(id);
  }

  private void add(Run run, Path f) throws IOException {
    SpeechIngester.Source source = ingester.source(f);
    String id = SpeechIngester.idFor(f);
    if (source.key().equals(run.indexed.key(id))) {
      // the same bytes, sidecar and program are indexed already: not even parsed
      run.unchanged.add(id);
      return;
    }
    Speech s = ingester.ingest(source);
    if (run.topics != null && run.topics != ingester.topics()) s = run.topics.label(s);
    ParsedSpeech mine =
        new ParsedSpeech(
            f, s, source.key(), source.snapshot().bytes().length, List.of(f.toString()));
    Optional<ParsedSpeech> copyOf = run.indexed.duplicateOf(mine);
    ParsedSpeech keep = mine;
    if (copyOf.isPresent()) {
      ParsedSpeech other = copyOf.get();
      if (other.sources().contains(f.toString())) {
        run.unchanged.add(other.id()); // merged into it by an earlier add
        return;
      }
      keep = Duplicates.preferred(mine, other);
      ParsedSpeech drop = keep == mine ? other : mine;
      List<String> sources = new ArrayList<>(keep.sources());
      sources.addAll(drop.sources());
      keep = keep.withSources(sources);
      run.writer.deleteDocuments(new Term(Schema.SPEECH_ID, other.id()));
      run.indexed.remove(other.id());
      run.duplicates.add(new ReindexReport.Duplicate(keep.sources().get(0), drop.sources().get(0)));
      if (keep.tree() == mine.tree()) {
        run.entries = AddedSpeeches.without(run.entries, other.id());
      }
    }
    run.writer.deleteDocuments(new Term(Schema.SPEECH_ID, keep.id()));
    ParsedTree.Loaded tree = keep.tree().read();
    IndexWriters.add(run.writer, tree.speech(), tree.json(), keep.sources(), keep.sourceKey());
    run.indexed.put(keep);
    if (keep.tree() == mine.tree()) {
      run.parsed.add(mine);
      String file = f.toAbsolutePath().normalize().toString();
      run.entries = AddedSpeeches.with(run.entries, new AddedSpeeches.Entry(s.id(), file));
      run.added.add(s.id());
    }
  }

  /** Hard links where the file system allows them, copies otherwise. */
  private static void copy(Path from, Path to) throws IOException {
    try (DirectoryStream<Path> files = Files.newDirectoryStream(from)) {
      for (Path f : files) {
        String name = f.getFileName().toString();
        if (name.equals("write.lock") || !Files.isRegularFile(f)) continue;
        Path target = to.resolve(name);
        if (name.equals(AddedSpeeches.FILE_NAME)) continue; // written anew
        if (name.equals(GenerationInfo.FILE_NAME) || name.equals(Glossary.FILE_NAME)) {
          Files.copy(f, target, StandardCopyOption.REPLACE_EXISTING);
          continue;
        }
        try {
          Files.createLink(target, f);
        } catch (UnsupportedOperationException | IOException e) {
          Files.copy(f, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  private static ScoreDoc[] speechDocs(IndexSearcher s, DirectoryReader r) throws IOException {
    TermQuery speechDocs = new TermQuery(new Term(Schema.KIND, Schema.KIND_SPEECH));
    return s.search(speechDocs, Math.max(1, r.numDocs())).scoreDocs;
  }

  /** Counts from the stored trees, after documents came and went. */
  private static GenerationInfo recount(
      Directory dir, GenerationInfo before, TokenizerChoice tokenizer) throws IOException {
    try (DirectoryReader r = DirectoryReader.open(dir)) {
      IndexSearcher s = new IndexSearcher(r);
      // only the facts of each tree are kept: a large index's trees do not fit the heap together
      List<SpeechFacts> speeches = new ArrayList<>();
      StoredFields stored = s.storedFields();
      for (ScoreDoc sd : speechDocs(s, r)) {
        speeches.add(
            SpeechFacts.of(SpeechJson.read(stored.document(sd.doc).get(Schema.SPEECH_JSON))));
      }
      GenerationInfo counted =
          GenerationInfo.of(
              speeches,
              r.numDocs(),
              before.sourceBytes(),
              tokenizer,
              before.glossaryTerms(),
              new String[] {before.topicTaxonomy(), before.topicModel()});
      return counted.withSources(before.filesRead(), before.filesSkipped(), before.duplicates());
    }
  }
}

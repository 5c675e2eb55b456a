package speechsearch.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
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
import speechsearch.ingest.DocumentReader;
import speechsearch.ingest.SpeechIngester;
import speechsearch.ingest.SpeechJson;
import speechsearch.speech.Speech;

/**
 * {@code add} and {@code remove} without a full rebuild: the live generation is copied (hard links:
 * Lucene never rewrites a file), changed in the copy with the glossary and segmenter it was built
 * with, verified, and switched to like a reindex. A file whose source key (bytes, sidecar metadata,
 * program) is already indexed is skipped.
 */
public final class IndexUpdater {

  /** What an update did. */
  public record Result(
      String generation,
      List<String> added,
      List<String> unchanged,
      List<String> removed,
      List<ReindexReport.Skipped> skipped) {}

  private final SpeechIngester ingester;

  public IndexUpdater(SpeechIngester ingester) {
    this.ingester = ingester;
  }

  public Result add(IndexLayout layout, List<Path> inputs) throws IOException {
    return update(layout, inputs, List.of());
  }

  public Result remove(IndexLayout layout, List<String> speechIds) throws IOException {
    return update(layout, List.of(), speechIds);
  }

  private Result update(IndexLayout layout, List<Path> inputs, List<String> removeIds)
      throws IOException {
    Path live =
        layout
            .current()
            .orElseThrow(
                () ->
                    new IOException(
                        "there is no index at " + layout.root() + ": run reindex first"));
    try (Closeable lock = layout.lock()) {
      GenerationInfo info = GenerationInfo.read(live);
      TokenizerChoice tokenizer = TokenizerChoice.valueOf(info.tokenizer());
      Glossary glossary = Glossary.load(live.resolve(Glossary.FILE_NAME));
      Path gen = layout.newGeneration();
      List<String> added = new ArrayList<>();
      List<String> unchanged = new ArrayList<>();
      List<String> removed = new ArrayList<>();
      List<ReindexReport.Skipped> skipped = new ArrayList<>();
      try {
        copy(live, gen);
        try (Directory dir = FSDirectory.open(gen)) {
          // speech id -> source key, read once and kept up to date as speeches come and go
          Map<String, String> keys = indexedKeys(dir);
          IndexWriterConfig config = IndexWriters.config(glossary, tokenizer);
          config.setOpenMode(IndexWriterConfig.OpenMode.APPEND);
          try (IndexWriter writer = new IndexWriter(dir, config)) {
            for (String id : removeIds) {
              if (keys.remove(id) == null) throw new IOException("no speech has the id " + id);
              writer.deleteDocuments(new Term(Schema.SPEECH_ID, id));
              removed.add(id);
            }
            for (Path f : DocumentReader.listInputs(inputs)) {
              try {
                SpeechIngester.Source source = ingester.source(f);
                String id = SpeechIngester.idFor(f);
                if (source.key().equals(keys.get(id))) {
                  // the same bytes, sidecar and program are indexed already: not even parsed
                  unchanged.add(id);
                  continue;
                }
                Speech s = ingester.ingest(source);
                writer.deleteDocuments(new Term(Schema.SPEECH_ID, s.id()));
                IndexWriters.add(writer, s, List.of(f.toString()), source.key());
                keys.put(s.id(), source.key());
                added.add(s.id());
              } catch (IOException | RuntimeException e) {
                skipped.add(new ReindexReport.Skipped(f.toString(), Reindexer.describe(e)));
              }
            }
            writer.commit();
          }
          GenerationInfo counted = recount(dir, info, tokenizer);
          counted.write(gen);
          Verifier.verify(dir, counted, glossary, tokenizer);
        }
      } catch (IOException | RuntimeException e) {
        IndexLayout.deleteTree(gen);
        throw e;
      }
      layout.switchTo(gen);
      layout.deleteUnreferenced();
      return new Result(gen.getFileName().toString(), added, unchanged, removed, skipped);
    }
  }

  /** Hard links where the file system allows them, copies otherwise. */
  private static void copy(Path from, Path to) throws IOException {
    try (DirectoryStream<Path> files = Files.newDirectoryStream(from)) {
      for (Path f : files) {
        String name = f.getFileName().toString();
        if (name.equals("write.lock") || !Files.isRegularFile(f)) continue;
        Path target = to.resolve(name);
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

  /** The source key of every speech in a generation, by speech id. */
  private static Map<String, String> indexedKeys(Directory dir) throws IOException {
    Map<String, String> keys = new HashMap<>();
    try (DirectoryReader r = DirectoryReader.open(dir)) {
      StoredFields stored = r.storedFields();
      for (ScoreDoc sd : speechDocs(new IndexSearcher(r), r)) {
        Document d = stored.document(sd.doc, Set.of(Schema.ID, Schema.CONTENT_HASH));
        keys.put(d.get(Schema.ID), d.get(Schema.CONTENT_HASH));
      }
    }
    return keys;
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
      List<Speech> speeches = new ArrayList<>();
      StoredFields stored = s.storedFields();
      for (ScoreDoc sd : speechDocs(s, r)) {
        speeches.add(SpeechJson.read(stored.document(sd.doc).get(Schema.SPEECH_JSON)));
      }
      GenerationInfo counted =
          GenerationInfo.of(
              speeches, r.numDocs(), before.sourceBytes(), tokenizer, before.glossaryTerms());
      return counted.withSources(before.filesRead(), before.filesSkipped(), before.duplicates());
    }
  }
}

package speechsearch.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import speechsearch.ingest.SpeechIngester;
import speechsearch.ingest.SpeechJson;
import speechsearch.speech.Speech;

/**
 * The parsed trees of the live generation, by source key (see {@link SpeechIngester.Source}): a
 * reindex takes an unchanged file's tree from here instead of parsing the file again. Only the keys
 * are held in memory; a tree is read from the index when it is asked for. Thread-safe.
 */
final class PreviousTrees implements Closeable {
  private static final Logger LOG = LoggerFactory.getLogger(PreviousTrees.class);

  private final DirectoryReader reader;
  private final Map<String, Integer> docByKey;

  private PreviousTrees(DirectoryReader reader, Map<String, Integer> docByKey) {
    this.reader = reader;
    this.docByKey = docByKey;
  }

  static PreviousTrees none() {
    return new PreviousTrees(null, Map.of());
  }

  /** The live generation's trees, or none when there is no live generation or it cannot be read. */
  static PreviousTrees of(Optional<Path> live) {
    DirectoryReader reader = null;
    try {
      if (live.isEmpty()) return none();
      reader = DirectoryReader.open(FSDirectory.open(live.get()));
      Map<String, Integer> docs = new HashMap<>();
      for (LeafReaderContext leaf : reader.leaves()) {
        LeafReader r = leaf.reader();
        Terms keys = r.terms(Schema.CONTENT_HASH);
        if (keys == null) continue;
        TermsEnum te = keys.iterator();
        PostingsEnum pe = null;
        for (BytesRef key = te.next(); key != null; key = te.next()) {
          pe = te.postings(pe, PostingsEnum.NONE);
          int doc = pe.nextDoc();
          if (doc != DocIdSetIterator.NO_MORE_DOCS && isLive(r, doc)) {
            docs.put(key.utf8ToString(), leaf.docBase + doc);
          }
        }
      }
      return new PreviousTrees(reader, docs);
    } catch (IOException | RuntimeException e) {
      // a live index that cannot be read is no reason to refuse a full rebuild: every file is
      // parsed again, and the log says why
      LOG.warn(
          "error {}: the live generation's parsed trees cannot be read; every file is parsed again",
          ErrorIds.next(),
          e);
      if (reader != null) {
        try {
          reader.close();
        } catch (IOException closing) {
          e.addSuppressed(closing);
        }
      }
      return none();
    }
  }

  private static boolean isLive(LeafReader r, int doc) {
    return r.getLiveDocs() == null || r.getLiveDocs().get(doc);
  }

  /**
   * The stored tree of the file with this source key, if the live generation holds it for the same
   * file under the same id.
   */
  Optional<Speech> reuse(Path file, String sourceKey) {
    Integer doc = docByKey.get(sourceKey);
    if (doc == null) return Optional.empty();
    try {
      String json =
          reader.storedFields().document(doc, Set.of(Schema.SPEECH_JSON)).get(Schema.SPEECH_JSON);
      if (json == null) return Optional.empty();
      Speech s = SpeechJson.read(json);
      boolean same = s.id().equals(SpeechIngester.idFor(file)) && file.toString().equals(s.file());
      return same ? Optional.of(s) : Optional.empty();
    } catch (IOException | RuntimeException e) {
      LOG.warn(
          "error {}: the stored tree of {} cannot be read; the file is parsed again",
          ErrorIds.next(),
          file,
          e);
      return Optional.empty();
    }
  }

  /**
   * The stored tree of a speech by id, with its source key and source files, as a reindex would
   * have parsed it from {@code file}, its tree put in {@code trees}; empty when the live generation
   * does not hold it.
   */
  Optional<ParsedSpeech> stored(String speechId, Path file, ParsedTree.Store trees)
      throws IOException {
    if (reader == null) return Optional.empty();
    Speech s;
    String key;
    List<String> sources;
    try {
      Query q =
          new BooleanQuery.Builder()
              .add(new TermQuery(new Term(Schema.ID, speechId)), BooleanClause.Occur.FILTER)
              .add(
                  new TermQuery(new Term(Schema.KIND, Schema.KIND_SPEECH)),
                  BooleanClause.Occur.FILTER)
              .build();
      ScoreDoc[] hits = new IndexSearcher(reader).search(q, 1).scoreDocs;
      if (hits.length == 0) return Optional.empty();
      Document d =
          reader
              .storedFields()
              .document(
                  hits[0].doc,
                  Set.of(Schema.SPEECH_JSON, Schema.CONTENT_HASH, Schema.SOURCE_FILES));
      s = SpeechJson.read(d.get(Schema.SPEECH_JSON));
      key = d.get(Schema.CONTENT_HASH);
      sources = List.of(d.getValues(Schema.SOURCE_FILES));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
    // outside the catch: a tree that cannot be put aside fails the run, it does not lose a speech
    return Optional.of(ParsedSpeech.of(file, s, key, 0, sources, trees));
  }

  int size() {
    return docByKey.size();
  }

  @Override
  public void close() throws IOException {
    if (reader != null) reader.close();
  }
}

package speechsearch.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import speechsearch.ingest.SpeechJson;

/**
 * The speeches of a generation an update starts from, kept current as the update adds and removes
 * them: by id, each with its source key (so an unchanged file is skipped) and, read only when a
 * duplicate is looked for, its tree and fingerprint (so a copy under another name is merged into
 * the speech it copies, as a reindex merges it).
 */
final class IndexedSpeeches implements Closeable {
  private record Known(
      int doc, String key, Integer year, List<String> sources, ParsedSpeech parsed) {}

  private final DirectoryReader reader;
  private final StoredFields stored;
  private final Map<String, Known> byId = new LinkedHashMap<>();
  private final Map<String, ParsedSpeech> parsedCache = new HashMap<>();

  private IndexedSpeeches(DirectoryReader reader) throws IOException {
    this.reader = reader;
    this.stored = reader.storedFields();
  }

  /** The speeches of the index in {@code dir} as it is now. */
  static IndexedSpeeches read(Directory dir) throws IOException {
    IndexedSpeeches s = new IndexedSpeeches(DirectoryReader.open(dir));
    try {
      TermQuery speeches = new TermQuery(new Term(Schema.KIND, Schema.KIND_SPEECH));
      IndexSearcher searcher = new IndexSearcher(s.reader);
      for (ScoreDoc sd : searcher.search(speeches, Math.max(1, s.reader.numDocs())).scoreDocs) {
        Document d =
            s.stored.document(
                sd.doc, Set.of(Schema.ID, Schema.CONTENT_HASH, Schema.YEAR, Schema.SOURCE_FILES));
        Number year =
            d.getField(Schema.YEAR) == null ? null : d.getField(Schema.YEAR).numericValue();
        s.byId.put(
            d.get(Schema.ID),
            new Known(
                sd.doc,
                d.get(Schema.CONTENT_HASH),
                year == null ? null : year.intValue(),
                List.of(d.getValues(Schema.SOURCE_FILES)),
                null));
      }
      return s;
    } catch (IOException | RuntimeException e) {
      s.close();
      throw e;
    }
  }

  /** The source key of the speech with this id, or null. */
  String key(String id) {
    Known k = byId.get(id);
    return k == null ? null : k.key();
  }

  boolean remove(String id) {
    return byId.remove(id) != null;
  }

  /** Records a speech this update indexed. */
  void put(ParsedSpeech p) {
    byId.put(p.id(), new Known(-1, p.sourceKey(), p.year(), List.copyOf(p.sources()), p));
  }

  /**
   * An indexed speech other than {@code p}'s own id that is the same speech as {@code p} (see
   * {@link Duplicates#same}), as a parsed speech with its recorded sources.
   */
  Optional<ParsedSpeech> duplicateOf(ParsedSpeech p) throws IOException {
    for (Map.Entry<String, Known> e : new ArrayList<>(byId.entrySet())) {
      Known k = e.getValue();
      if (e.getKey().equals(p.id()) || !java.util.Objects.equals(k.year(), p.year())) continue;
      ParsedSpeech other = parsed(e.getKey(), k);
      if (Duplicates.same(other, p)) return Optional.of(other);
    }
    return Optional.empty();
  }

  private ParsedSpeech parsed(String id, Known k) throws IOException {
    if (k.parsed() != null) return k.parsed();
    ParsedSpeech cached = parsedCache.get(id);
    if (cached != null) return cached;
    Document d = stored.document(k.doc(), Set.of(Schema.SPEECH_JSON));
    var speech = SpeechJson.read(d.get(Schema.SPEECH_JSON));
    Path file = Path.of(k.sources().isEmpty() ? speech.file() : k.sources().get(0));
    ParsedSpeech p = new ParsedSpeech(file, speech, k.key(), 0, k.sources());
    parsedCache.put(id, p);
    return p;
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}

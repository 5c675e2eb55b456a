package speechsearch.search;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import speechsearch.index.Schema;
import speechsearch.ingest.SpeechJson;
import speechsearch.speech.Speech;
import speechsearch.speech.Unit;

/** Speeches and units by id, from the trees stored in the index (no source files needed). */
public final class Units {
  private static final Pattern VALID_ID = Pattern.compile("[A-Za-z0-9_.~-]{1,200}");

  /** A unit (or a passage of one) with its speech. */
  public record UnitView(
      String id,
      String kind,
      Unit unit,
      String passage,
      List<String> path,
      SearchResponse.SpeechRef speech) {}

  private final IndexHandle index;

  Units(IndexHandle index) {
    this.index = index;
  }

  /** Rejects ids that could never exist, before any lookup. */
  public static void checkId(String id) {
    if (id == null || !VALID_ID.matcher(id).matches() || id.contains("..")) {
      throw new QueryException(
          "not a valid id: ids are letters, digits and _ . ~ -", "编号无效：编号只含字母、数字和 _ . ~ -");
    }
  }

  public Optional<Speech> speech(String id) throws IOException {
    checkId(id);
    IndexHandle.Generation g = index.acquire();
    try {
      Document d = document(g, id);
      if (d == null || !Schema.KIND_SPEECH.equals(d.get(Schema.KIND))) return Optional.empty();
      return Optional.of(SpeechJson.read(d.get(Schema.SPEECH_JSON)));
    } finally {
      index.release(g);
    }
  }

  public Optional<UnitView> unit(String id) throws IOException {
    checkId(id);
    IndexHandle.Generation g = index.acquire();
    try {
      Document d = document(g, id);
      if (d == null || Schema.KIND_SPEECH.equals(d.get(Schema.KIND))) return Optional.empty();
      Document speechDoc = document(g, d.get(Schema.SPEECH_ID));
      Speech speech = SpeechJson.read(speechDoc.get(Schema.SPEECH_JSON));
      String unitId = d.get(Schema.UNIT_ID);
      Unit unit = unitId == null ? null : find(speech.sections(), unitId);
      boolean passage = id.contains("~");
      return Optional.of(
          new UnitView(
              id,
              d.get(Schema.KIND),
              unit,
              passage ? d.get(Schema.TEXT) : null,
              HitMapper.list(d.get(Schema.PATH)),
              HitMapper.speechRef(d)));
    } finally {
      index.release(g);
    }
  }

  /** The stored text of a unit or passage (for similar measures), or null. */
  Document document(IndexHandle.Generation g, String id) throws IOException {
    ScoreDoc[] hits = g.searcher.search(new TermQuery(new Term(Schema.ID, id)), 1).scoreDocs;
    return hits.length == 0 ? null : g.searcher.storedFields().document(hits[0].doc);
  }

  static Unit find(List<Unit> units, String id) {
    for (Unit u : units) {
      if (u.id().equals(id)) return u;
      if (id.startsWith(u.id() + ".")) {
        Unit inner = find(u.children(), id);
        if (inner != null) return inner;
      }
    }
    return null;
  }
}

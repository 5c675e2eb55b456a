package speechsearch.search;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import speechsearch.index.Schema;

/**
 * Stored fields of a document as a result hit, with highlighted heading and snippet (none when no
 * snippets are asked for, as in an export).
 */
final class HitMapper {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<List<String>> LIST = new TypeReference<>() {};
  private static final TypeReference<Map<String, String>> MAP = new TypeReference<>() {};

  private final StoredFields stored;
  private final Snippets snippets;

  HitMapper(StoredFields stored, Snippets snippets) {
    this.stored = stored;
    this.snippets = snippets;
  }

  SearchResponse.Hit hit(int doc, float score, String match) throws IOException {
    return hit(doc, score, match, null);
  }

  /** A hit with the words it shares with a draft (similar measures), or null for a search. */
  SearchResponse.Hit hit(int doc, float score, String match, List<String> shared)
      throws IOException {
    Document d = stored.document(doc);
    String text = d.get(Schema.TEXT);
    String kind = d.get(Schema.KIND);
    String heading = Schema.KIND_SPEECH.equals(kind) ? d.get(Schema.TITLE) : d.get(Schema.HEADING);
    return new SearchResponse.Hit(
        d.get(Schema.ID),
        kind,
        d.get(Schema.MARKER),
        heading,
        snippets == null ? null : text == null ? snippets.heading(heading) : snippets.snippet(text),
        text,
        list(d.get(Schema.PATH)),
        speechRef(d),
        list(d.get(Schema.TOPICS)),
        Float.isNaN(score) ? 0f : score,
        match,
        shared);
  }

  /** The stored document behind a hit. */
  Document document(int doc) throws IOException {
    return stored.document(doc);
  }

  static SearchResponse.SpeechRef speechRef(Document d) throws IOException {
    var year = d.getField(Schema.YEAR);
    return new SearchResponse.SpeechRef(
        d.get(Schema.SPEECH_ID),
        d.get(Schema.TITLE),
        d.get(Schema.DATE),
        year == null ? null : year.numericValue().intValue(),
        d.get(Schema.YEAR_SOURCE),
        JSON.readValue(d.get(Schema.REGION), MAP),
        d.getField(Schema.TRUNCATED) != null);
  }

  static List<String> list(String json) throws IOException {
    return json == null ? List.of() : JSON.readValue(json, LIST);
  }
}

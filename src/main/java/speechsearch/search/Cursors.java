package speechsearch.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.ScoreDoc;

/**
 * Opaque cursors for deep paging: the generation, strictness level and sort they belong to, and the
 * last hit's sort values. A cursor from another generation is refused with a clear message, because
 * document numbers differ between generations.
 */
final class Cursors {
  private static final ObjectMapper JSON = new ObjectMapper();

  record Cursor(
      String generation, QueryFactory.Level level, String sort, int page, ScoreDoc after) {}

  private Cursors() {}

  static String encode(Cursor c) {
    ObjectNode n = JSON.createObjectNode();
    n.put("g", c.generation()).put("l", c.level().name()).put("s", c.sort()).put("p", c.page());
    n.put("d", c.after().doc).put("sc", c.after().score);
    if (c.after() instanceof FieldDoc fd) n.put("v", (Long) fd.fields[0]);
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(n.toString().getBytes(StandardCharsets.UTF_8));
  }

  static Cursor decode(String s, String generation, String sort) {
    JsonNode n;
    try {
      n = JSON.readTree(new String(Base64.getUrlDecoder().decode(s), StandardCharsets.UTF_8));
      if (n == null || !n.isObject()) throw new IllegalArgumentException("not an object");
    } catch (IllegalArgumentException | java.io.IOException e) {
      throw new QueryException("the cursor is not valid: pass back nextCursor unchanged");
    }
    if (!generation.equals(n.path("g").asText())) {
      throw new QueryException(
          "the cursor belongs to an earlier index generation: run the search again");
    }
    if (!sort.equals(n.path("s").asText()))
      throw new QueryException("the cursor was made for another sort order");
    QueryFactory.Level level;
    try {
      level = QueryFactory.Level.valueOf(n.path("l").asText());
    } catch (IllegalArgumentException e) {
      throw new QueryException("the cursor is not valid: pass back nextCursor unchanged");
    }
    int doc = n.path("d").asInt(-1);
    if (doc < 0)
      throw new QueryException("the cursor is not valid: pass back nextCursor unchanged");
    float score = (float) n.path("sc").asDouble();
    ScoreDoc after =
        n.has("v")
            ? new FieldDoc(doc, score, new Object[] {n.path("v").asLong(), doc})
            : new ScoreDoc(doc, score);
    return new Cursor(generation, level, sort, Math.max(1, n.path("p").asInt(1)), after);
  }
}

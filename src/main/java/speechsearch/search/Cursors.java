package speechsearch.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Opaque cursors for deep paging. A cursor names the generation and the search it belongs to (a
 * fingerprint of the query, filters, scope, sort, per-speech limit and size), the list it stopped
 * in (full or partial matches) and the place of the last unit shown. A cursor sent with another
 * search, or after the index changed, is refused with a message that says so: it would otherwise
 * continue a list the client is not reading.
 */
final class Cursors {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String INVALID = "the cursor is not valid: pass back nextCursor unchanged";

  /** Where a page ended: in which list, and the last unit's place in the order. */
  record Cursor(
      String generation, String search, boolean partial, int page, UnitRanking.Entry at) {}

  private Cursors() {}

  static String encode(Cursor c) {
    ObjectNode n = JSON.createObjectNode();
    n.put("g", c.generation()).put("f", c.search()).put("l", c.partial() ? "partial" : "all");
    n.put("p", c.page()).put("d", c.at().doc()).put("s", c.at().score()).put("v", c.at().value());
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(n.toString().getBytes(StandardCharsets.UTF_8));
  }

  static Cursor decode(String s, String generation, String search) {
    JsonNode n;
    try {
      n = JSON.readTree(new String(Base64.getUrlDecoder().decode(s), StandardCharsets.UTF_8));
      if (n == null || !n.isObject()) throw new IllegalArgumentException("not an object");
    } catch (IllegalArgumentException | java.io.IOException e) {
      throw new QueryException(INVALID, "游标无效：请原样传回上一页的 nextCursor");
    }
    if (!generation.equals(n.path("g").asText())) {
      throw new QueryException(
          "the cursor belongs to an earlier index generation: run the search again",
          "索引已更新，游标已失效：请重新检索");
    }
    if (!n.path("f").isTextual() || !n.path("d").canConvertToInt() || n.path("d").asInt() < 0) {
      throw new QueryException(INVALID, "游标无效：请原样传回上一页的 nextCursor");
    }
    if (!search.equals(n.path("f").asText())) {
      throw new QueryException(
          "the cursor belongs to another search: send it with the same q, filters, scope, sort,"
              + " perSpeech and size as the page it came from, or start again without a cursor",
          "游标属于另一次检索：翻页时检索词、筛选条件、范围、排序和每页条数须与上一页相同，或不带游标重新检索");
    }
    UnitRanking.Entry at =
        new UnitRanking.Entry(
            -1,
            n.path("d").asInt(),
            (float) n.path("s").asDouble(),
            n.path("v").asLong(),
            -1,
            UnitRanking.NO_HASH);
    return new Cursor(
        generation,
        search,
        "partial".equals(n.path("l").asText()),
        Math.max(1, n.path("p").asInt(1)),
        at);
  }
}

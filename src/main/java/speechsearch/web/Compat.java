package speechsearch.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import speechsearch.search.QuerySyntax;
import speechsearch.search.SearchRequest;
import speechsearch.search.SearchResponse;
import speechsearch.search.SearchService;

/**
 * The request and response shape Chinese writing assistants use to plug in a third-party search:
 * {@code {"query","current","size","includeContent"}} in, {@code {"success","code","message",
 * "data":[{"source","title","content","url","summary","pubTime"}],"current","size","total"}} out.
 * Errors come in the same shape (see {@link ErrorReplies}).
 */
final class Compat {
  private Compat() {}

  static void search(Context ctx, SearchService service, PageLinks links) throws IOException {
    JsonNode body = Bodies.object(ctx);
    String query = Bodies.text(body, "query", QuerySyntax.MAX_LENGTH);
    if (query == null || query.isBlank()) {
      throw ApiError.badRequest("the body needs a \"query\"", "请求体须有 \"query\"：检索词");
    }
    int current = Bodies.integer(body, "current", 1);
    if (current < 0) {
      throw ApiError.badRequest(
          "current must be 0 or more (0 and 1 are both the first page)",
          "current 须为 0 或更大（0 和 1 都表示第一页）");
    }
    int size = Bodies.integer(body, "size", 10);
    JsonNode include = body.get("includeContent");
    if (include != null && !include.isNull() && !include.isBoolean()) {
      throw ApiError.badRequest(
          "includeContent must be true or false", "includeContent 须为 true 或 false");
    }
    boolean content = include == null || include.isNull() || include.asBoolean();
    // assistants count pages from 0 or from 1: both mean the first page
    int page = Math.max(1, current);
    SearchResponse res =
        service.search(
            new SearchRequest(
                query, null, null, null, null, null, null, null, null, page, size, null, null));
    List<Map<String, Object>> data = new ArrayList<>();
    for (SearchResponse.Hit h : res.hits()) {
      Map<String, Object> d = new LinkedHashMap<>();
      d.put("source", "speech-search");
      d.put(
          "title",
          h.speech().title() == null ? h.heading() : h.speech().title() + " · " + h.heading());
      d.put("content", content ? h.text() : null);
      d.put("url", links.of(ctx, h));
      // the snippet is HTML (matches in <mark>, the rest escaped); the summary is its plain text
      d.put("summary", Jsoup.parseBodyFragment(h.snippet()).text());
      d.put("pubTime", pubTime(h.speech()));
      data.add(d);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("success", true);
    out.put("code", 200);
    out.put("message", "ok");
    out.put("data", data);
    out.put("current", current);
    out.put("size", size);
    // the pages hold the full matches and then the partial ones
    out.put("total", res.total() + res.partialTotal());
    ctx.json(out);
  }

  /** yyyy-MM-dd when the day is known, else yyyy, else null: one format a caller can parse. */
  static String pubTime(SearchResponse.SpeechRef s) {
    if (s.date() != null && s.date().matches("\\d{4}-\\d{2}-\\d{2}")) return s.date();
    return s.year() == null ? null : String.format(java.util.Locale.ROOT, "%04d", s.year());
  }
}

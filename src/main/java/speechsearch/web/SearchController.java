package speechsearch.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import speechsearch.search.QuerySyntax;
import speechsearch.search.SearchRequest;
import speechsearch.search.SearchResponse;
import speechsearch.search.SearchService;
import speechsearch.search.SimilarRequest;
import speechsearch.search.Units;
import speechsearch.search.UnknownIdException;

/** Thin handlers over the search service: parameters in, JSON (or CSV) out. */
final class SearchController {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final SearchService service;

  SearchController(SearchService service) {
    this.service = service;
  }

  void search(Context ctx) throws IOException {
    SearchResponse res = service.search(request(ctx));
    if ("csv".equals(ctx.queryParam("format"))) csv(ctx, res);
    else ctx.json(res);
  }

  void searchCsv(Context ctx) throws IOException {
    csv(ctx, service.search(request(ctx)));
  }

  static SearchRequest request(Context ctx) {
    String scope = Params.string(ctx, "scope", 20);
    if (scope == null) scope = Params.string(ctx, "kind", 20);
    return new SearchRequest(
        Params.string(ctx, "q", QuerySyntax.MAX_LENGTH),
        Params.strings(ctx, "topic"),
        Params.strings(ctx, "region"),
        Params.integers(ctx, "year"),
        Params.integer(ctx, "yearFrom"),
        Params.integer(ctx, "yearTo"),
        scope,
        Params.string(ctx, "sort", 20),
        Params.integer(ctx, "page", 1),
        Params.integer(ctx, "size", 10),
        Params.string(ctx, "cursor", 1000),
        Params.integer(ctx, "perSpeech"));
  }

  void unit(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    ctx.json(service.units().unit(id).orElseThrow(() -> new UnknownIdException(id)));
  }

  void unitSimilar(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    Units.checkId(id);
    SimilarRequest r =
        new SimilarRequest(
            id,
            null,
            Params.strings(ctx, "topic"),
            Params.strings(ctx, "region"),
            Params.integers(ctx, "year"),
            Params.integer(ctx, "yearFrom"),
            Params.integer(ctx, "yearTo"),
            Params.integer(ctx, "size", 10));
    ctx.json(service.similar(r));
  }

  void similar(Context ctx) throws IOException {
    JsonNode body = Bodies.object(ctx);
    String text = Bodies.text(body, "text", SimilarRequest.MAX_DRAFT * 2);
    if (text == null) throw ApiError.badRequest("the body needs a \"text\": the draft paragraph");
    SimilarRequest r =
        new SimilarRequest(
            null,
            text,
            Bodies.strings(body, "topic"),
            Bodies.strings(body, "region"),
            Bodies.integers(body, "year"),
            Bodies.integer(body, "yearFrom"),
            Bodies.integer(body, "yearTo"),
            Bodies.integer(body, "size", 10));
    ctx.json(service.similar(r));
  }

  void speech(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    ctx.json(service.units().speech(id).orElseThrow(() -> new UnknownIdException(id)));
  }

  void speeches(Context ctx) throws IOException {
    SearchRequest base = request(ctx);
    SearchRequest r =
        new SearchRequest(
            base.q(),
            base.topics(),
            base.regions(),
            base.years(),
            base.yearFrom(),
            base.yearTo(),
            "speech",
            base.q() == null || base.q().isBlank() ? "date" : base.sort(),
            base.page(),
            base.size(),
            null,
            null);
    ctx.json(service.search(r));
  }

  void facets(Context ctx) throws IOException {
    String scope = Params.string(ctx, "scope", 20);
    ctx.json(Map.of("facets", service.facets(scope == null ? "measure" : scope)));
  }

  /** The request and response shape writing assistants use to plug in a third-party search. */
  void compat(Context ctx) throws IOException {
    JsonNode body = Bodies.object(ctx);
    String query = Bodies.text(body, "query", QuerySyntax.MAX_LENGTH);
    int current = Bodies.integer(body, "current", 1);
    int size = Bodies.integer(body, "size", 10);
    boolean content = body.path("includeContent").asBoolean(true);
    if (query == null || query.isBlank()) throw ApiError.badRequest("the body needs a \"query\"");
    SearchResponse res =
        service.search(
            new SearchRequest(
                query, null, null, null, null, null, null, null, current, size, null, null));
    List<Map<String, Object>> data = new ArrayList<>();
    for (SearchResponse.Hit h : res.hits()) {
      Map<String, Object> d = new LinkedHashMap<>();
      d.put("source", "speech-search");
      d.put(
          "title",
          h.speech().title() == null ? h.heading() : h.speech().title() + " · " + h.heading());
      d.put("content", content ? h.text() : null);
      d.put("url", "/api/units/" + h.id());
      d.put("summary", h.snippet().replace("<mark>", "").replace("</mark>", ""));
      d.put(
          "pubTime",
          h.speech().date() != null
              ? h.speech().date()
              : (h.speech().year() == null ? null : String.valueOf(h.speech().year())));
      data.add(d);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("success", true);
    out.put("code", 200);
    out.put("message", "ok");
    out.put("data", data);
    out.put("current", current);
    out.put("size", size);
    out.put("total", res.total());
    ctx.json(out);
  }

  /** UTF-8 with a byte-order mark, so spreadsheet programs open the Chinese text correctly. */
  private static void csv(Context ctx, SearchResponse res) {
    StringBuilder sb = new StringBuilder("\uFEFF");
    sb.append("rank,id,kind,heading,text,path,title,year,province,city,topics,score\r\n");
    int rank = (res.page() - 1) * res.size();
    for (SearchResponse.Hit h : res.hits()) {
      List<String> row =
          List.of(
              String.valueOf(++rank),
              h.id(),
              h.kind(),
              nz(h.heading()),
              nz(h.text()),
              String.join(" › ", h.path()),
              nz(h.speech().title()),
              h.speech().year() == null ? "" : String.valueOf(h.speech().year()),
              nz(h.speech().region().get("province")),
              nz(h.speech().region().get("city")),
              String.join("; ", h.topics()),
              String.valueOf(h.score()));
      List<String> cells = new ArrayList<>();
      for (String c : row) cells.add(csvCell(c));
      sb.append(String.join(",", cells)).append("\r\n");
    }
    ctx.contentType("text/csv; charset=utf-8");
    ctx.header("Content-Disposition", "attachment; filename=\"search.csv\"");
    ctx.result(sb.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  /**
   * Quotes a cell; a leading = + - @ is neutralised so a spreadsheet never runs it as a formula.
   */
  static String csvCell(String s) {
    String v = s;
    if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) v = "'" + v;
    return "\"" + v.replace("\"", "\"\"") + "\"";
  }

  static String json(Object o) throws IOException {
    return JSON.writeValueAsString(o);
  }
}

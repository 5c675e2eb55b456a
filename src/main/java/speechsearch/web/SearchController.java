package speechsearch.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.Map;
import speechsearch.search.QuerySyntax;
import speechsearch.search.SearchRequest;
import speechsearch.search.SearchService;
import speechsearch.search.SimilarRequest;
import speechsearch.search.Units;
import speechsearch.search.UnknownIdException;
import speechsearch.vocabulary.Vocabulary;

/** Thin handlers over the search service: parameters in, JSON (or CSV) out. */
final class SearchController {
  private final SearchService service;
  private final PageLinks links;

  SearchController(SearchService service, PageLinks links) {
    this.service = service;
    this.links = links;
  }

  void search(Context ctx) throws IOException {
    SearchRequest r = request(ctx, null);
    if ("csv".equals(ctx.queryParam("format"))) CsvExport.write(ctx, service, r, links);
    else ctx.json(service.search(r));
  }

  void searchCsv(Context ctx) throws IOException {
    CsvExport.write(ctx, service, request(ctx, null), links);
  }

  /** A search from the query string; {@code scope} fixes the scope (null: the parameter's). */
  static SearchRequest request(Context ctx, String scope) {
    if (scope == null) scope = Params.string(ctx, "scope", 20);
    if (scope == null) scope = Params.string(ctx, "kind", 20);
    return new SearchRequest(
        Params.string(ctx, "q", QuerySyntax.MAX_LENGTH),
        Params.strings(ctx, "topic"),
        Params.strings(ctx, "region"),
        Params.strings(ctx, "level"),
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
            Params.strings(ctx, "level"),
            Params.integers(ctx, "year"),
            Params.integer(ctx, "yearFrom"),
            Params.integer(ctx, "yearTo"),
            Params.integer(ctx, "page", 1),
            Params.integer(ctx, "size", 10),
            Params.integer(ctx, "perSpeech", SimilarRequest.PER_SPEECH));
    ctx.json(service.similar(r));
  }

  void similar(Context ctx) throws IOException {
    JsonNode body = Bodies.object(ctx);
    String text = Bodies.text(body, "text", SimilarRequest.MAX_DRAFT * 2);
    if (text == null) {
      throw ApiError.badRequest(
          "the body needs a \"text\": the draft paragraph", "请求体须有 \"text\"：草稿段落");
    }
    SimilarRequest r =
        new SimilarRequest(
            null,
            text,
            Bodies.strings(body, "topic"),
            Bodies.strings(body, "region"),
            Bodies.strings(body, "level"),
            Bodies.integers(body, "year"),
            Bodies.integer(body, "yearFrom"),
            Bodies.integer(body, "yearTo"),
            Bodies.integer(body, "page", 1),
            Bodies.integer(body, "size", 10),
            Bodies.integer(body, "perSpeech", SimilarRequest.PER_SPEECH));
    ctx.json(service.similar(r));
  }

  void speech(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    ctx.json(service.units().speech(id).orElseThrow(() -> new UnknownIdException(id)));
  }

  /** Speeches as a search in speech scope: every speech matching the filters when there is no q. */
  void speeches(Context ctx) throws IOException {
    ctx.json(service.search(request(ctx, "speech")));
  }

  void facets(Context ctx) throws IOException {
    String scope = Params.string(ctx, "scope", 20);
    ctx.json(Map.of("facets", service.facets(scope == null ? "measure" : scope)));
  }

  /** The levels and the live generation's topics: what the filters may name. */
  void vocabulary(Context ctx) {
    ctx.json(Vocabulary.of(service.taxonomy()));
  }

  void compat(Context ctx) throws IOException {
    Compat.search(ctx, service, links);
  }
}

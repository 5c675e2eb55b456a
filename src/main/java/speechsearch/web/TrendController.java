package speechsearch.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import speechsearch.search.SearchRequest;
import speechsearch.search.SearchService;
import speechsearch.search.Trend;

/**
 * {@code GET /api/trend}: the timeline, the map and the first appearance of a query and its
 * filters; {@code GET /api/trend.csv} (or {@code format=csv}) the timeline as CSV.
 */
final class TrendController {
  static final List<String> COLUMNS = List.of("year", "measures", "measures_inferred", "speeches");

  private final SearchService service;

  TrendController(SearchService service) {
    this.service = service;
  }

  void trend(Context ctx) throws IOException {
    if ("csv".equals(ctx.queryParam("format"))) {
      trendCsv(ctx);
      return;
    }
    ctx.json(service.trend(request(ctx)));
  }

  void trendCsv(Context ctx) throws IOException {
    Trend t = service.trend(request(ctx));
    StringWriter out = new StringWriter();
    out.write('\uFEFF');
    row(out, COLUMNS);
    for (Trend.Year y : t.years()) {
      row(
          out,
          List.of(
              String.valueOf(y.year()),
              String.valueOf(y.measures()),
              String.valueOf(y.measuresInferred()),
              String.valueOf(y.speeches())));
    }
    ctx.header("Content-Disposition", "attachment; filename=\"trend.csv\"");
    ctx.contentType("text/csv; charset=utf-8");
    ctx.result(out.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static void row(StringWriter out, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) out.write(',');
      out.write(CsvExport.cell(cells.get(i)));
    }
    out.write("\r\n");
  }

  /** The query and filters of a trend: a search's, whose scope, order and paging it ignores. */
  static SearchRequest request(Context ctx) {
    return SearchController.request(ctx, "measure");
  }
}

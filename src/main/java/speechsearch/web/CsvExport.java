package speechsearch.web;

import io.javalin.http.Context;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import speechsearch.search.SearchRequest;
import speechsearch.search.SearchService;

/**
 * The whole result of a search as CSV, streamed: the full matches, then the partial ones, up to
 * {@link #MAX_ROWS} rows, in UTF-8 with a byte-order mark so spreadsheet programs open the Chinese
 * text correctly. Headers {@code X-Total-Count} (units in the result) and {@code X-Row-Count} (rows
 * written) say whether the cap cut it.
 */
final class CsvExport {
  static final int MAX_ROWS = 10_000;

  static final List<String> COLUMNS =
      List.of(
          "id",
          "kind",
          "title",
          "date",
          "year",
          "level",
          "province",
          "city",
          "county",
          "path",
          "heading",
          "text",
          "topics",
          "url",
          "match");

  private CsvExport() {}

  static void write(Context ctx, SearchService service, SearchRequest r, PageLinks links)
      throws IOException {
    Writer[] out = new Writer[1];
    service.export(
        r,
        MAX_ROWS,
        total -> {
          ctx.status(200);
          ctx.contentType("text/csv; charset=utf-8");
          ctx.header("Content-Disposition", "attachment; filename=\"search.csv\"");
          ctx.header("X-Total-Count", String.valueOf(total));
          ctx.header("X-Row-Count", String.valueOf(Math.min(total, MAX_ROWS)));
          out[0] = writer(ctx);
        },
        h -> {
          Map<String, String> region = h.speech().region();
          row(
              out[0],
              List.of(
                  h.id(),
                  h.kind(),
                  nz(h.speech().title()),
                  nz(h.speech().date()),
                  h.speech().year() == null ? "" : String.valueOf(h.speech().year()),
                  nz(region.get("level")),
                  nz(region.get("province")),
                  nz(region.get("city")),
                  nz(region.get("county")),
                  String.join(" › ", h.path()),
                  nz(h.heading()),
                  nz(h.text()),
                  String.join("; ", h.topics()),
                  links.of(ctx, h),
                  h.match()));
        });
    out[0].flush();
  }

  /** The response body, starting with the byte-order mark and the header row. */
  private static Writer writer(Context ctx) {
    try {
      Writer w =
          new BufferedWriter(
              new OutputStreamWriter(ctx.res().getOutputStream(), StandardCharsets.UTF_8),
              64 * 1024);
      w.write('\uFEFF');
      row(w, COLUMNS);
      return w;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void row(Writer out, List<String> cells) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) out.write(',');
      out.write(cell(cells.get(i)));
    }
    out.write("\r\n");
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  /**
   * Quotes a cell; a leading = + - @ is neutralised so a spreadsheet never runs it as a formula.
   */
  static String cell(String s) {
    String v = s;
    if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) v = "'" + v;
    return "\"" + v.replace("\"", "\"\"") + "\"";
  }
}

package speechsearch.web;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import speechsearch.search.SearchResponse;

/**
 * Links a person can open: a hit on the drafter's page ({@code /#speech=…&unit=…}, the speech
 * opened at the unit), on the configured public address or else on the address the request came to.
 */
final class PageLinks {
  private final String publicUrl;

  PageLinks(String publicUrl) {
    this.publicUrl =
        publicUrl == null || publicUrl.isBlank() ? null : publicUrl.replaceAll("/+$", "");
  }

  String of(Context ctx, SearchResponse.Hit h) {
    String base = publicUrl != null ? publicUrl : origin(ctx);
    String hash = "#speech=" + encode(h.speech().id());
    if (!h.id().equals(h.speech().id())) hash += "&unit=" + encode(h.id());
    return base + "/" + hash;
  }

  /** scheme://host[:port] of the request, as the client addressed it. */
  private static String origin(Context ctx) {
    String host = ctx.host();
    if (host == null || host.isBlank()) host = "localhost";
    return ctx.scheme().toLowerCase(Locale.ROOT) + "://" + host;
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}

package speechsearch.web;

import io.javalin.http.Context;
import java.util.List;

/**
 * What every response carries and every request is checked for before it is routed: headers that
 * keep a browser from running anything but the page's own files (the page loads no external file),
 * from guessing content types, and from framing the page; and no method override, so that a GET a
 * link or an image can trigger is never taken for a POST (Javalin honours X-HTTP-Method-Override by
 * default).
 */
final class Hardening {
  private Hardening() {}

  static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " connect-src 'self'; font-src 'self'; manifest-src 'self'; base-uri 'none';"
          + " form-action 'self'; frame-ancestors 'none'";

  /** Headers by which clients ask for another method than the request's own. */
  static final List<String> METHOD_OVERRIDES =
      List.of("X-HTTP-Method-Override", "X-HTTP-Method", "X-Method-Override");

  static void check(Context ctx) {
    ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Referrer-Policy", "no-referrer");
    for (String h : METHOD_OVERRIDES) {
      if (ctx.req().getHeader(h) != null) {
        throw ApiError.badRequest(
            "the " + h + " header is not accepted: send the request with its own method",
            "不接受 " + h + " 请求头：请直接用所需的方法发送请求");
      }
    }
  }
}

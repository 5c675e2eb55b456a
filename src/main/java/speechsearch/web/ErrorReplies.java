package speechsearch.web;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.jetty.http.HttpException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import speechsearch.index.ErrorIds;

/**
 * Every error answer, in one place: {@code {"error": {"code", "message"}}} (plus {@code "id"} when
 * the server failed), or the writing assistants' own shape on the compat route. The message is in
 * Chinese when the request prefers it ({@code Accept-Language: zh…}, as the page sends), else in
 * English. Never a stack trace: that goes to the log once, under the id the answer names.
 */
final class ErrorReplies {
  private static final Logger LOG = LoggerFactory.getLogger(ErrorReplies.class);
  static final String COMPAT_PREFIX = "/api/compat/";

  private ErrorReplies() {}

  static void send(Context ctx, int status, String code, String english, String chinese) {
    String message =
        chinese != null && prefersChinese(ctx.header("Accept-Language")) ? chinese : english;
    if (message == null) message = code;
    ctx.status(status).json(body(ctx.path(), status, code, message, null));
  }

  /**
   * A failure of the server itself: logged once with its stack trace, answered with an id. A
   * request whose body breaks HTTP's framing (a bad chunk, a body cut short) fails as it is read;
   * that is the client's error, answered as Jetty answers malformed requests.
   */
  static void internal(Context ctx, Exception e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof HttpException h && h.getCode() >= 400 && h.getCode() < 500) {
        String[] codeAndMessage = JettyErrors.describe(h.getCode());
        send(ctx, h.getCode(), codeAndMessage[0], codeAndMessage[1], null);
        return;
      }
    }
    String id = ErrorIds.next();
    LOG.error("error {}: {} {} failed", id, ctx.method(), ctx.path(), e);
    boolean chinese = prefersChinese(ctx.header("Accept-Language"));
    String message =
        chinese
            ? "服务器无法完成此请求（错误编号 " + id + "）"
            : "the server could not answer this request (error id " + id + ")";
    ctx.status(500).json(body(ctx.path(), 500, "internal", message, id));
  }

  /** The error body for a path: the compat route answers in its callers' shape. */
  static Map<String, Object> body(String path, int status, String code, String message, String id) {
    Map<String, Object> out = new LinkedHashMap<>();
    if (path != null && path.startsWith(COMPAT_PREFIX)) {
      out.put("success", false);
      out.put("code", status);
      out.put("message", message);
      out.put("data", List.of());
      out.put("total", 0);
      if (id != null) out.put("errorId", id);
      return out;
    }
    Map<String, Object> error = new LinkedHashMap<>();
    error.put("code", code);
    error.put("message", message);
    if (id != null) error.put("id", id);
    out.put("error", error);
    return out;
  }

  /** Whether the most wanted language of an Accept-Language header is Chinese. */
  static boolean prefersChinese(String acceptLanguage) {
    if (acceptLanguage == null || acceptLanguage.isBlank()) return false;
    try {
      List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(acceptLanguage);
      return !ranges.isEmpty()
          && ranges.get(0).getRange().toLowerCase(Locale.ROOT).startsWith("zh");
    } catch (IllegalArgumentException e) {
      return false; // a malformed header: English
    }
  }
}

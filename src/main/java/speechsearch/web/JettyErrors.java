package speechsearch.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The errors Jetty answers itself, before a request reaches the app (a request line over the limit,
 * headers over the limit, a malformed request), in the API's JSON shape instead of Jetty's HTML
 * page.
 */
final class JettyErrors extends ErrorHandler {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  protected void generateResponse(
      Request request, Response response, int code, String message, Throwable cause, Callback cb)
      throws IOException {
    String path = request.getHttpURI() == null ? null : request.getHttpURI().getPath();
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json;charset=utf-8");
    response.write(true, ByteBuffer.wrap(json(path, code)), cb);
  }

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    fields.put(HttpHeader.CONTENT_TYPE, "application/json;charset=utf-8");
    return ByteBuffer.wrap(json(null, status));
  }

  private static byte[] json(String path, int status) {
    String[] codeAndMessage = describe(status);
    try {
      return JSON.writeValueAsBytes(
          ErrorReplies.body(path, status, codeAndMessage[0], codeAndMessage[1], null));
    } catch (IOException e) {
      return ("{\"error\":{\"code\":\"error\",\"message\":\"HTTP " + status + "\"}}")
          .getBytes(StandardCharsets.UTF_8);
    }
  }

  /** A stable code and a message for each status Jetty answers on its own. */
  static String[] describe(int status) {
    return switch (status) {
      case 400 -> new String[] {"bad_request", "the request is malformed HTTP"};
      case 401 -> new String[] {"unauthorized", "this route needs the admin token"};
      case 403 -> new String[] {"forbidden", "the admin token is wrong"};
      case 404 -> new String[] {"not_found", "no such route"};
      case 405 -> new String[] {"method_not_allowed", "this route does not take this method"};
      case 409 -> new String[] {"conflict", "the request conflicts with the server's state"};
      case 413 -> new String[] {"too_large", "the request body is larger than 64 KB"};
      case 414 -> new String[] {"uri_too_long", "the request line is longer than 64 KB"};
      case 431 -> new String[] {"headers_too_large", "the request headers are larger than 64 KB"};
      case 500 -> new String[] {"internal", "the server could not answer this request"};
      case 501 -> new String[] {"not_implemented", "this HTTP method is not supported"};
      case 503 -> new String[] {"unavailable", "the server is not ready: try again in a moment"};
      case 505 -> new String[] {"http_version", "this HTTP version is not supported"};
      default -> new String[] {"error", "HTTP " + status};
    };
  }
}

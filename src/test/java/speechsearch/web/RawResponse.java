package speechsearch.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.net.ssl.SSLSession;

/** An HTTP/1.1 answer read off a raw socket, as an {@link HttpResponse} for the same checks. */
record RawResponse(int statusCode, HttpHeaders headers, byte[] body)
    implements HttpResponse<byte[]> {

  static RawResponse parse(String answer) {
    int end = answer.indexOf("\r\n\r\n");
    if (end < 0) throw new AssertionError("not an HTTP answer: " + answer);
    String[] lines = answer.substring(0, end).split("\r\n");
    int status = Integer.parseInt(lines[0].split(" ")[1]);
    Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      headers
          .computeIfAbsent(lines[i].substring(0, colon).strip(), k -> new ArrayList<>())
          .add(lines[i].substring(colon + 1).strip());
    }
    return new RawResponse(
        status,
        HttpHeaders.of(headers, (k, v) -> true),
        answer.substring(end + 4).getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public HttpRequest request() {
    return null;
  }

  @Override
  public Optional<HttpResponse<byte[]>> previousResponse() {
    return Optional.empty();
  }

  @Override
  public Optional<SSLSession> sslSession() {
    return Optional.empty();
  }

  @Override
  public URI uri() {
    return null;
  }

  @Override
  public HttpClient.Version version() {
    return HttpClient.Version.HTTP_1_1;
  }
}

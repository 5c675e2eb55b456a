package speechsearch.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import speechsearch.analysis.TokenizerChoice;
import speechsearch.index.Reindexer;
import speechsearch.ingest.SpeechIngester;
import speechsearch.search.SearchService;

/** The app served on a free port for HTTP tests, with a client that speaks to it. */
final class Served implements AutoCloseable {
  static final ObjectMapper JSON = new ObjectMapper();
  static final String TOKEN = "served-token";

  final Javalin app;

  /** The app over a search service; with a source folder, the admin routes are on. */
  Served(SearchService service, Path sources) {
    this.app =
        WebApp.create(
                service,
                new Reindexer(SpeechIngester.withDefaults(), TokenizerChoice.FAST, 1),
                new WebApp.Settings(
                    "127.0.0.1",
                    0,
                    List.of(),
                    sources == null ? null : TOKEN,
                    sources == null ? List.of() : List.of(sources),
                    8))
            .start();
  }

  static String q(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  HttpResponse<byte[]> get(String pathAndQuery) throws IOException, InterruptedException {
    return send("GET", pathAndQuery, null, Map.of());
  }

  JsonNode json(String pathAndQuery) throws IOException, InterruptedException {
    HttpResponse<byte[]> r = get(pathAndQuery);
    if (r.statusCode() != 200) {
      throw new AssertionError(
          pathAndQuery
              + " -> "
              + r.statusCode()
              + " "
              + new String(r.body(), StandardCharsets.UTF_8));
    }
    return JSON.readTree(r.body());
  }

  HttpResponse<byte[]> post(String path, String body) throws IOException, InterruptedException {
    return send("POST", path, body, Map.of());
  }

  /** One request on a connection of its own (the server closes some after an error). */
  HttpResponse<byte[]> send(String method, String path, String body, Map<String, String> headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (body != null) b.header("Content-Type", "application/json");
    headers.forEach(b::header);
    try (HttpClient client = HttpClient.newHttpClient()) {
      return client.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
  }

  /** Bytes written as they are to the server's socket, and what comes back until it closes. */
  String raw(byte[] request) throws IOException {
    try (Socket s = new Socket("127.0.0.1", app.port())) {
      s.setSoTimeout(10_000);
      OutputStream out = s.getOutputStream();
      out.write(request);
      out.flush();
      s.shutdownOutput();
      InputStream in = s.getInputStream();
      ByteArrayOutputStream answer = new ByteArrayOutputStream();
      in.transferTo(answer);
      return answer.toString(StandardCharsets.UTF_8);
    }
  }

  @Override
  public void close() {
    app.stop();
  }
}

package speechsearch.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Closeable;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.ParseException;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.util.Timeout;
import org.opensearch.client.Request;
import org.opensearch.client.Response;
import org.opensearch.client.RestClient;

/**
 * The cluster over HTTP, as a user's curl reaches it: the export's template and bulk files, and
 * JSON search bodies. A client of every node, so a request to a node that is gone goes to another.
 */
final class Engine implements Closeable {
  static final String INDEX = "speeches";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final RestClient rest;

  /**
   * A 10 MB bulk file may take longer than the test framework's own client allows (30 s) on a busy
   * machine; curl would wait.
   */
  Engine(InetSocketAddress[] nodes) {
    List<HttpHost> hosts = new ArrayList<>();
    for (InetSocketAddress a : nodes)
      hosts.add(new HttpHost("http", a.getHostString(), a.getPort()));
    rest =
        RestClient.builder(hosts.toArray(HttpHost[]::new))
            .setRequestConfigCallback(c -> c.setResponseTimeout(Timeout.ofMinutes(10)))
            .build();
  }

  /** README "Scaling out": the template, then every bulk file; returns how many files. */
  int load(Path export) throws IOException {
    request("PUT", "/_index_template/" + INDEX, Files.readString(export.resolve("template.json")));
    List<Path> bulks;
    try (Stream<Path> s = Files.list(export)) {
      bulks =
          s.filter(p -> p.getFileName().toString().matches("bulk-\\d+\\.ndjson")).sorted().toList();
    }
    for (Path bulk : bulks) {
      Request r = new Request("POST", "/_bulk");
      r.setEntity(
          new StringEntity(
              Files.readString(bulk, StandardCharsets.UTF_8),
              ContentType.create("application/x-ndjson", StandardCharsets.UTF_8)));
      JsonNode res = JSON.readTree(body(rest.performRequest(r)));
      if (res.get("errors").asBoolean()) {
        throw new IOException("errors in " + bulk.getFileName() + ": " + firstError(res));
      }
    }
    request("POST", "/" + INDEX + "/_refresh", null);
    return bulks.size();
  }

  long count(String body) throws IOException {
    return JSON.readTree(request("POST", "/" + INDEX + "/_count", body)).get("count").asLong();
  }

  JsonNode search(String body) throws IOException {
    return JSON.readTree(request("POST", "/" + INDEX + "/_search", body));
  }

  JsonNode health() throws IOException {
    return JSON.readTree(request("GET", "/_cluster/health/" + INDEX, null));
  }

  /** The ids of a search response's hits, in order. */
  static List<String> ids(JsonNode response) {
    List<String> out = new ArrayList<>();
    for (JsonNode h : response.at("/hits/hits")) out.add(h.get("_id").asText());
    return out;
  }

  private String request(String method, String path, String json) throws IOException {
    Request r = new Request(method, path);
    if (json != null) r.setJsonEntity(json);
    return body(rest.performRequest(r));
  }

  private static String body(Response r) throws IOException {
    try {
      return EntityUtils.toString(r.getEntity(), StandardCharsets.UTF_8);
    } catch (ParseException e) {
      throw new IOException(e);
    }
  }

  private static String firstError(JsonNode bulk) {
    for (JsonNode item : bulk.get("items")) {
      JsonNode e = item.path("index").path("error");
      if (!e.isMissingNode()) return e.toString();
    }
    return "";
  }

  @Override
  public void close() throws IOException {
    rest.close();
  }
}

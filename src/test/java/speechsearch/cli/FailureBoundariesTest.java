package speechsearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import speechsearch.search.QueryException;
import speechsearch.testing.SmallIndex;

/**
 * What a command says when it fails, and that {@code serve} runs from the program alone (no
 * launcher, no --source): a failure the message explains is that message; any other names an error
 * id whose stack trace is logged once.
 */
class FailureBoundariesTest {
  private static final Pattern ID = Pattern.compile("error id ([0-9a-f]{8})");

  @Test
  void aFaultOfTheProgramNamesAnErrorIdWhoseStackTraceIsLoggedOnce() {
    PrintStream saved = System.err;
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    String line;
    try {
      System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
      line = Errors.report("search", new IllegalStateException("a bug"));
    } finally {
      System.setErr(saved);
    }
    Matcher m = ID.matcher(line);
    assertTrue(m.find(), line);
    String logged = log.toString(StandardCharsets.UTF_8);
    assertEquals(1, logged.split("error " + m.group(1), -1).length - 1, logged);
    assertEquals(1, logged.split("IllegalStateException: a bug", -1).length - 1, logged);
    assertTrue(logged.contains("\tat "), "with its stack trace: " + logged);
  }

  @Test
  void aFailureItsMessageExplainsIsJustThatMessage() {
    PrintStream saved = System.err;
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    try {
      System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
      assertEquals(
          "the source /x does not exist",
          Errors.report("reindex", new IOException("the source /x does not exist")));
      assertEquals(
          "unclosed quote at position 1",
          Errors.report("search", new QueryException("unclosed quote at position 1", "引号")));
    } finally {
      System.setErr(saved);
    }
    assertEquals("", log.toString(StandardCharsets.UTF_8), "nothing to debug, nothing logged");
  }

  @Test
  void serveWithoutAnIndexOrASourceSaysWhatToGive(@TempDir Path dir) {
    StringWriter err = new StringWriter();
    int code =
        Main.commandLine()
            .setErr(new PrintWriter(err))
            .execute("serve", "--index", dir.resolve("none").toString(), "--port", "0");
    assertEquals(1, code);
    assertTrue(err.toString().contains("no --source folder to build one from"), err.toString());
    assertFalse(err.toString().contains("NullPointerException"), err.toString());
  }

  @Test
  void serveRunsFromTheProgramAloneWithoutASourceFolder(@TempDir Path dir) throws Exception {
    SmallIndex.build(dir).close(); // an index for the child to serve
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    // as `java -jar speech-search.jar serve` runs it: no launcher, so no speechsearch.home
    Process p =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dfile.encoding=UTF-8",
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "serve",
                "--index",
                dir.resolve("index").toString(),
                "--port",
                String.valueOf(port))
            .redirectErrorStream(true)
            .start();
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      StringBuilder seen = new StringBuilder();
      for (String l; (l = out.readLine()) != null; ) {
        seen.append(l).append('\n');
        if (l.contains("listening on")) break;
      }
      assertTrue(seen.toString().contains("listening on"), seen.toString());
      try (HttpClient http = HttpClient.newHttpClient()) {
        HttpResponse<String> health =
            http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/health"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, health.statusCode());
        assertTrue(health.body().contains("\"status\":\"ok\""), health.body());
        HttpResponse<String> admin =
            http.send(
                HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/admin/reindex"))
                    .POST(HttpRequest.BodyPublishers.noBody())
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(404, admin.statusCode(), "no source folder: admin reindexes are off");
      }
    } finally {
      p.destroy();
      if (!p.waitFor(20, TimeUnit.SECONDS)) p.destroyForcibly();
    }
  }
}

package speechsearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import speechsearch.index.GenerationInfo;
import speechsearch.index.IndexLayout;
import speechsearch.testing.SyntheticSpeeches;

/**
 * {@code serve} never builds over generations it cannot account for, and takes the admin token from
 * a file or the environment only.
 */
class ServeCommandTest {
  @TempDir Path dir;

  private Path indexOfThree() throws Exception {
    Path src = dir.resolve("src");
    SyntheticSpeeches.write(src, 0, 3);
    Path index = dir.resolve("index");
    Cli.Run r = Cli.run("reindex", "--source", src.toString(), "--index", index.toString());
    assertEquals(0, r.code(), r.toString());
    return index;
  }

  @Test
  void withoutCurrentServeRefusesInsteadOfIndexingTheSamplesOverTheGenerations() throws Exception {
    Path index = indexOfThree();
    Path gen = index.resolve("gen-000001");
    Files.delete(index.resolve("CURRENT"));
    Path samples = SyntheticSpeeches.write(dir.resolve("samples"), 5, 2).get(0).getParent();

    Cli.Run r =
        assertTimeoutPreemptively(
            Duration.ofSeconds(60),
            () -> Cli.run(serveArgs(index, samples)),
            "serve must refuse, not build an index and serve it");
    assertEquals(1, r.code(), r.toString());
    assertTrue(r.err().startsWith("serve: CURRENT is missing in " + index), r.err());
    assertTrue(r.err().contains("recover"), r.err());
    assertEquals(List.of(gen), new IndexLayout(index).generations());
    assertEquals(3, GenerationInfo.read(gen).speeches(), "the generation is whole");
  }

  @Test
  void theAdminTokenIsNeverTakenFromTheCommandLine() throws Exception {
    Cli.Run r = Cli.run("serve", "--index", indexOfThree().toString(), "--admin-token", "s3cret");
    assertEquals(2, r.code(), r.toString());
    assertTrue(r.err().contains("`ps`"), r.err());
    assertTrue(r.err().contains("--admin-token-file"), r.err());
    assertTrue(!r.err().contains("s3cret"), "the message does not repeat the token");
  }

  @Test
  void theAdminTokenComesFromAFileOrTheEnvironment() throws Exception {
    Path index = indexOfThree();
    Path tokenFile = dir.resolve("token");
    Files.writeString(tokenFile, "from-the-file\n", StandardCharsets.UTF_8);
    try (Served s =
        Served.start(
            null,
            serveArgs(index, dir.resolve("src"), "--admin-token-file", tokenFile.toString()))) {
      assertEquals(403, s.adminStatus("nope"));
      assertEquals(202, s.adminStatus("from-the-file"));
    }
    // a stopping server lets its job finish: the job's generation is live, the lock free, so the
    // next server's job does not meet it (409)
    IndexLayout layout = new IndexLayout(index);
    assertTrue(!layout.isLocked(), "the stopped server's reindex job has ended");
    assertEquals(index.resolve("gen-000002"), layout.current().orElseThrow());
    try (Served s = Served.start("from-the-env", serveArgs(index, dir.resolve("src")))) {
      assertEquals(202, s.adminStatus("from-the-env"));
    }
    assertTrue(!layout.isLocked(), "the second server's job has ended too");
    assertEquals(index.resolve("gen-000003"), layout.current().orElseThrow());
    Files.writeString(tokenFile, "\n", StandardCharsets.UTF_8);
    Cli.Run empty =
        Cli.run("serve", "--index", index.toString(), "--admin-token-file", tokenFile.toString());
    assertEquals(1, empty.code(), empty.toString());
    assertTrue(
        empty.err().contains("the admin token file " + tokenFile + " is empty"), empty.err());
  }

  @Test
  void argumentErrorsAreNamedAndNothingIsBuiltOrServed() throws Exception {
    Path none = dir.resolve("none");
    Cli.Run noSource =
        Cli.run("serve", "--index", none.toString(), "--source", dir.resolve("nosrc").toString());
    assertEquals(1, noSource.code(), noSource.toString());
    assertEquals(
        "serve: there is no index at "
            + none
            + " and no --source folder to build one from (give --source DIR, or run reindex)\n",
        noSource.err());
    assertTrue(!Files.exists(none), "no index root made for nothing");

    Cli.Run port = Cli.run("serve", "--index", none.toString(), "--port", "abc");
    assertEquals(2, port.code(), port.toString());
    assertTrue(
        port.err().startsWith("Invalid value for option '--port': 'abc' is not an int\n"),
        port.err());
    assertTrue(port.err().contains("Usage: speech-search serve"), "the usage follows");

    Cli.Run unknown = Cli.run("serve", "--index", none.toString(), "--prot", "7070");
    assertEquals(2, unknown.code(), unknown.toString());
    assertTrue(unknown.err().startsWith("Unknown options: '--prot', '7070'"), unknown.err());
  }

  private static String[] serveArgs(Path index, Path source, String... more) {
    List<String> args =
        new java.util.ArrayList<>(
            List.of(
                "serve",
                "--port",
                "0",
                "--index",
                index.toString(),
                "--source",
                source.toString()));
    args.addAll(List.of(more));
    return args.toArray(String[]::new);
  }

  /** A serve command running on a thread, stopped on close. */
  private record Served(ServeCommand command, CompletableFuture<Cli.Run> run)
      implements AutoCloseable {
    static Served start(String envToken, String... args) throws Exception {
      CommandLine cl = Main.commandLine();
      ServeCommand serve = cl.getSubcommands().get("serve").getCommand();
      serve.adminTokenEnv = envToken;
      CompletableFuture<Cli.Run> run = CompletableFuture.supplyAsync(() -> Cli.run(cl, args));
      long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (serve.port() < 0 && !run.isDone() && System.nanoTime() < until) Thread.sleep(50);
      if (serve.port() < 0)
        throw new AssertionError("serve did not start: " + (run.isDone() ? run.get() : "timeout"));
      return new Served(serve, run);
    }

    int adminStatus(String token) throws Exception {
      HttpRequest req =
          HttpRequest.newBuilder(
                  URI.create("http://127.0.0.1:" + command.port() + "/api/admin/reindex"))
              .header("Authorization", "Bearer " + token)
              .POST(HttpRequest.BodyPublishers.ofString("{}"))
              .build();
      return HttpClient.newHttpClient()
          .send(req, HttpResponse.BodyHandlers.discarding())
          .statusCode();
    }

    @Override
    public void close() throws Exception {
      command.stop();
      Cli.Run r = run.get(60, TimeUnit.SECONDS);
      assertEquals(0, r.code(), r.toString());
    }
  }
}

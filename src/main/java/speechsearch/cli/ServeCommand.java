package speechsearch.cli;

import io.javalin.Javalin;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import speechsearch.index.IndexLayout;
import speechsearch.index.Reindexer;
import speechsearch.ingest.SpeechIngester;
import speechsearch.ingest.metadata.RegionResolver;
import speechsearch.search.IndexHandle;
import speechsearch.search.SearchService;
import speechsearch.web.WebApp;

/**
 * {@code serve}: the HTTP API and the web page; builds an index from the samples when there is
 * none.
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serve the JSON API and the drafter's web page.",
      "With no index yet, first build one from --source (default: the bundled sample speeches)."
          + " A reindex run by another process is picked up within a second."
    })
final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin IndexOptions options;
  @Mixin TopicOptions topicOptions;

  @Option(
      names = "--host",
      paramLabel = "HOST",
      defaultValue = "${env:SPEECH_SEARCH_HOST:-127.0.0.1}",
      description = "Address to listen on (env SPEECH_SEARCH_HOST; default: ${DEFAULT-VALUE}).")
  String host;

  @Option(
      names = "--port",
      paramLabel = "PORT",
      defaultValue = "${env:SPEECH_SEARCH_PORT:-7070}",
      description = "Port (env SPEECH_SEARCH_PORT; default: ${DEFAULT-VALUE}).")
  int port;

  @Option(
      names = "--source",
      paramLabel = "DIR",
      defaultValue = "${env:SPEECH_SEARCH_SOURCE}",
      description =
          "Speech folder for the first index and for admin reindexes (env SPEECH_SEARCH_SOURCE;"
              + " default: the bundled samples, found under -Dspeechsearch.home, which"
              + " bin/speech-search sets).")
  Path source;

  @Option(
      names = "--admin-token-file",
      paramLabel = "FILE",
      defaultValue = "${env:SPEECH_SEARCH_ADMIN_TOKEN_FILE}",
      description =
          "File whose first line is the token for the admin routes (env"
              + " SPEECH_SEARCH_ADMIN_TOKEN_FILE); or set the token itself in env"
              + " SPEECH_SEARCH_ADMIN_TOKEN. Without a token the admin routes are off. The token"
              + " is never taken on the command line, where `ps` shows it to every user.")
  Path adminTokenFile;

  /** Refused with a message: a token in the arguments is visible to every user through ps. */
  @Option(names = "--admin-token", paramLabel = "TOKEN", hidden = true)
  String adminTokenArgument;

  /** The token from the environment (a field, so that tests can set it). */
  String adminTokenEnv = System.getenv("SPEECH_SEARCH_ADMIN_TOKEN");

  private final CountDownLatch stop = new CountDownLatch(1);
  private volatile Javalin app;

  @Option(
      names = "--cors-origin",
      paramLabel = "ORIGIN",
      split = ",",
      defaultValue = "${env:SPEECH_SEARCH_CORS_ORIGINS}",
      description =
          "Origins allowed to call the API from a browser (env SPEECH_SEARCH_CORS_ORIGINS, comma-separated). CORS is off by default.")
  List<String> corsOrigins;

  @Option(
      names = "--public-url",
      paramLabel = "URL",
      defaultValue = "${env:SPEECH_SEARCH_PUBLIC_URL}",
      description =
          "The page's address as users open it (https://search.example.org), for the links the"
              + " compat route and the CSV export give (env SPEECH_SEARCH_PUBLIC_URL; default: the"
              + " address each request came to).")
  String publicUrl;

  @Option(
      names = "--max-threads",
      paramLabel = "N",
      defaultValue = "${env:SPEECH_SEARCH_MAX_THREADS:-32}",
      description = "Request threads (env SPEECH_SEARCH_MAX_THREADS; default: ${DEFAULT-VALUE}).")
  int maxThreads;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    if (adminTokenArgument != null) {
      err.println(
          "serve: --admin-token would show the token to every user of `ps`; put it in a file"
              + " readable only by this user and give --admin-token-file FILE (or"
              + " SPEECH_SEARCH_ADMIN_TOKEN_FILE), or set SPEECH_SEARCH_ADMIN_TOKEN");
      err.flush();
      return 2;
    }
    String adminToken = AdminToken.read(adminTokenFile, adminTokenEnv, err);
    IndexLayout layout = new IndexLayout(options.index);
    Path sources = source != null ? source : samples();
    Reindexer reindexer =
        new Reindexer(
            SpeechIngester.withTopics(topicOptions.classifier()),
            options.tokenizer,
            Runtime.getRuntime().availableProcessors());
    // throws, naming the way back, when CURRENT is lost while generations exist: the samples are
    // indexed into a new index root only, never over generations it cannot account for
    if (layout.current().isEmpty()) {
      if (sources == null || !Files.isDirectory(sources)) {
        err.println(
            "serve: there is no index at "
                + layout.root()
                + " and no --source folder to build one from (give --source DIR, or run reindex)");
        return 1;
      }
      err.println("serve: no index yet at " + layout.root() + "; indexing " + sources + " first");
      ReindexCommand.printReport(
          err, reindexer.reindex(List.of(sources), layout, new ProgressBar(err)));
    }
    try (IndexHandle index = new IndexHandle(layout, options.tokenizer)) {
      // a generation that fails to open does not stop the server: it answers 503s naming it, and
      // /api/health says why, until the generation is recovered or rolled back
      index.poll();
      index.problem().ifPresent(p -> err.println("serve: " + p));
      SearchService service = new SearchService(index, RegionResolver.load());
      WebApp.Settings settings =
          new WebApp.Settings(
              host,
              port,
              corsOrigins == null ? List.of() : corsOrigins,
              adminToken,
              // run from the jar alone there are no bundled samples: admin reindexes are off
              sources == null ? List.of() : List.of(sources),
              maxThreads,
              publicUrl == null || publicUrl.isBlank() ? null : publicUrl);
      ScheduledExecutorService watcher =
          Executors.newSingleThreadScheduledExecutor(
              r -> {
                Thread t = new Thread(r, "index-watch");
                t.setDaemon(true);
                return t;
              });
      // problems are logged once by the handle and shown by /api/health
      watcher.scheduleWithFixedDelay(
          () -> {
            index.poll();
            index.verifyOpen();
          },
          0,
          1,
          TimeUnit.SECONDS);
      app = WebApp.create(service, reindexer, settings).start();
      err.printf("serve: listening on http://%s:%d/ (index %s)%n", host, app.port(), layout.root());
      err.flush();
      Thread hook = new Thread(stop::countDown);
      Runtime.getRuntime().addShutdownHook(hook);
      try {
        stop.await();
      } finally {
        app.stop();
        watcher.shutdownNow();
        if (stop.getCount() == 0) removeHook(hook);
      }
    }
    return 0;
  }

  /** The port the server listens on once it started (tests), or -1. */
  int port() {
    Javalin a = app;
    return a == null ? -1 : a.port();
  }

  /** Stops a running server as the shutdown hook would (tests). */
  void stop() {
    stop.countDown();
  }

  private static void removeHook(Thread hook) {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // the JVM is shutting down: the hook is running
    }
  }

  /** The sample speeches beside the launcher (set by bin/speech-search), if any. */
  private static Path samples() {
    String home = System.getProperty("speechsearch.home");
    return home == null ? null : Path.of(home, "src", "main", "samples");
  }
}

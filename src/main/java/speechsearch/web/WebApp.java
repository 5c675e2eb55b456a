package speechsearch.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.concurrent.Executors;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import speechsearch.index.Reindexer;
import speechsearch.search.IndexHandle;
import speechsearch.search.IndexUnavailableException;
import speechsearch.search.QueryException;
import speechsearch.search.SearchService;
import speechsearch.search.UnknownIdException;

/**
 * The HTTP API and the drafter's page. Built apart from being started; every error becomes one JSON
 * shape, {@code {"error": {"code", "message"}}}, with the right status and no stack trace.
 */
public final class WebApp {
  private static final Logger ACCESS = LoggerFactory.getLogger("access");
  private static final Logger LOG = LoggerFactory.getLogger(WebApp.class);
  private static final int ACCEPT_QUEUE = 1024;

  /**
   * Server settings. A null admin token switches the admin routes off.
   *
   * @param publicUrl the page's address as users open it (https://search.example.org), for links in
   *     answers to other systems; null: the address each request came to
   */
  public record Settings(
      String host,
      int port,
      List<String> corsOrigins,
      String adminToken,
      List<java.nio.file.Path> sources,
      int maxThreads,
      String publicUrl) {

    public Settings(
        String host,
        int port,
        List<String> corsOrigins,
        String adminToken,
        List<java.nio.file.Path> sources,
        int maxThreads) {
      this(host, port, corsOrigins, adminToken, sources, maxThreads, null);
    }
  }

  private WebApp() {}

  public static Javalin create(SearchService service, Reindexer reindexer, Settings settings) {
    SearchController search = new SearchController(service, new PageLinks(settings.publicUrl()));
    TrendController trend = new TrendController(service);
    ReindexJobs jobs =
        settings.adminToken() == null
                || reindexer == null
                || settings.sources() == null
                || settings.sources().isEmpty()
            ? null
            : new ReindexJobs(reindexer, settings.sources(), service.index());
    ObjectMapper mapper = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
    return Javalin.create(
        config -> {
          // the connector Javalin would make, with a backlog for a burst of connections: the
          // operating system's default of 50 makes the rest retry their connect after 1, 3, 7 s
          config.jetty.addConnector(
              (server, http) -> {
                ServerConnector c = new ServerConnector(server, new HttpConnectionFactory(http));
                c.setHost(settings.host());
                c.setPort(settings.port());
                c.setAcceptQueueSize(ACCEPT_QUEUE);
                return c;
              });
          QueuedThreadPool pool = new QueuedThreadPool(Math.max(8, settings.maxThreads()), 4);
          pool.setName("http");
          // each request on a virtual thread of its own: a request waiting for its turn (see
          // Admission) holds no platform thread, and none waits in the pool's unbounded queue
          pool.setVirtualThreadsExecutor(
              Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("http-v", 0).factory()));
          config.jetty.threadPool = pool;
          config.http.maxRequestSize = Bodies.MAX_BYTES;
          // a known path with another method is a 405 naming the methods it takes, not a 404
          config.http.prefer405over404 = true;
          // what Jetty answers before the app sees a request (414, 431, malformed HTTP) is JSON too
          config.jetty.modifyServer(server -> server.setErrorHandler(new JettyErrors()));
          // long but bounded query strings reach the API and get its own limits and messages
          config.jetty.modifyHttpConfiguration(http -> http.setRequestHeaderSize(64 * 1024));
          config.http.compressionStrategy = CompressionStrategy.GZIP;
          config.jsonMapper(new JavalinJackson(mapper, false));
          config.staticFiles.add("/public", Location.CLASSPATH);
          if (!settings.corsOrigins().isEmpty()) {
            config.bundledPlugins.enableCors(
                cors -> cors.addRule(rule -> settings.corsOrigins().forEach(rule::allowHost)));
          }
          config.requestLogger.http(
              (ctx, ms) ->
                  ACCESS.info(
                      "{} {} {} {} ms",
                      ctx.method(),
                      ctx.path(),
                      ctx.status().getCode(),
                      Math.round(ms)));

          config.routes.before("/*", Hardening::check);
          // more requests at once than the machine can answer wait briefly, then get a 503; the
          // health check is cheap and answers even then
          Admission admission = Admission.forThreads(settings.maxThreads());
          config.events.serverStopped(admission::close);
          // a stopping server lets a running admin reindex finish rather than leave it writing
          // with nobody to report to (a killed process is safe too: see CrashSafetyTest)
          if (jobs != null) config.events.serverStopped(jobs::close);
          config.router.handlerWrapper(
              endpoint ->
                  endpoint.method.isHttpMethod()
                          && endpoint.path.startsWith("/api/")
                          && !endpoint.path.equals("/api/health")
                      ? ctx -> admission.run(() -> endpoint.handler.handle(ctx))
                      : endpoint.handler);
          config.routes.get("/api/search", readsIndex(search::search));
          config.routes.get("/api/search.csv", readsIndex(search::searchCsv));
          config.routes.get("/api/trend", readsIndex(trend::trend));
          config.routes.get("/api/trend.csv", readsIndex(trend::trendCsv));
          config.routes.get("/api/units/{id}", readsIndex(search::unit));
          config.routes.get("/api/units/{id}/similar", readsIndex(search::unitSimilar));
          config.routes.post("/api/similar", readsIndex(search::similar));
          config.routes.get("/api/speeches", readsIndex(search::speeches));
          config.routes.get("/api/speeches/{id}", readsIndex(search::speech));
          config.routes.get("/api/facets", readsIndex(search::facets));
          config.routes.get("/api/vocabulary", readsIndex(search::vocabulary));
          config.routes.post("/api/compat/search", readsIndex(search::compat));
          config.routes.get("/api/health", ctx -> ctx.json(Health.of(service.index())));
          config.routes.get("/openapi.json", WebApp::openApi);
          config.routes.post(
              "/api/admin/reindex",
              ctx -> {
                admin(ctx, settings, jobs);
                boolean allowShrink =
                    Bodies.bytes(ctx).length > 0
                        && Bodies.object(ctx).path("allowShrink").asBoolean(false);
                ctx.status(202).json(jobs.start(allowShrink));
              });
          config.routes.get(
              "/api/admin/reindex/{job}",
              ctx -> {
                admin(ctx, settings, jobs);
                var job = jobs.get(ctx.pathParam("job"));
                if (job == null)
                  throw ApiError.notFound(
                      "no reindex job " + Params.abbreviate(ctx.pathParam("job")));
                ctx.json(job);
              });

          config.routes.exception(
              ApiError.class,
              (e, ctx) -> {
                if (e.status == 503) ctx.header("Retry-After", "1");
                ErrorReplies.send(ctx, e.status, e.code, e.getMessage(), e.chinese);
              });
          config.routes.exception(
              QueryException.class,
              (e, ctx) -> ErrorReplies.send(ctx, 400, "bad_request", e.getMessage(), e.chinese()));
          config.routes.exception(
              UnknownIdException.class,
              (e, ctx) -> ErrorReplies.send(ctx, 404, "not_found", e.getMessage(), e.chinese()));
          config.routes.exception(
              IndexHandle.NoIndexException.class,
              (e, ctx) -> ErrorReplies.send(ctx, 503, "no_index", e.getMessage(), "还没有索引：请先建立索引"));
          config.routes.exception(
              IndexUnavailableException.class,
              (e, ctx) ->
                  ErrorReplies.send(
                      ctx, 503, "index_unavailable", e.getMessage(), "索引暂时无法读取：请稍后再试或联系管理员"));
          config.routes.exception(HttpResponseException.class, WebApp::httpError);
          config.routes.exception(
              Exception.class,
              (e, ctx) -> {
                // a failure inside the index may be damage: named as such once its checksums fail
                var damaged = service.index().diagnose(e);
                if (damaged.isPresent()) {
                  LOG.error("request {} {} failed on a damaged index", ctx.method(), ctx.path(), e);
                  ErrorReplies.send(
                      ctx,
                      503,
                      "index_unavailable",
                      damaged.get().getMessage(),
                      "索引已损坏：请管理员检查并恢复索引");
                  return;
                }
                ErrorReplies.internal(ctx, e);
              });
          config.routes.error(
              404,
              ctx -> {
                if (ctx.result() == null) {
                  String path = Params.abbreviate(ctx.path());
                  ErrorReplies.send(
                      ctx, 404, "not_found", "no such route: " + path, "没有这个地址：" + path);
                }
              });
          config.routes.error(
              413,
              ctx ->
                  ErrorReplies.send(
                      ctx,
                      413,
                      "too_large",
                      Bodies.tooLarge().getMessage(),
                      Bodies.tooLarge().chinese));
        });
  }

  /**
   * A handler that reads the index. Run with assertions on (-ea), Lucene's own assertions are often
   * what a damaged block trips first, and an {@link AssertionError} is no exception Javalin hands
   * to the handlers above: it is passed on as one, so that the checksums decide between 503
   * (damaged) and 500. So is an {@link OutOfMemoryError}, which a damaged block length gives when
   * Lucene allocates the block (seen in IndexHealthTest's bit flips: a 500 before this).
   */
  static Handler readsIndex(Handler h) {
    return ctx -> {
      try {
        h.handle(ctx);
      } catch (AssertionError e) {
        throw new IllegalStateException("an assertion failed while reading the index", e);
      } catch (OutOfMemoryError e) {
        // a damaged block length makes Lucene ask for an array it cannot have (a bit flip in a
        // term dictionary): one failed allocation, the heap itself is fine; diagnosed as damage
        throw new IllegalStateException("ran out of memory while reading the index", e);
      }
    };
  }

  /**
   * Errors Javalin raises itself: a wrong method (405, with the Allow header listing the methods
   * the path takes), a body over the limit, and the like.
   */
  private static void httpError(HttpResponseException e, Context ctx) {
    int status = e.getStatus();
    if (status == 405) {
      String allowed = e.getDetails().getOrDefault("availableMethods", "");
      if (!allowed.isBlank()) ctx.header("Allow", allowed);
      ErrorReplies.send(
          ctx,
          405,
          "method_not_allowed",
          "this route does not take "
              + ctx.method()
              + (allowed.isBlank() ? "" : "; it takes " + allowed),
          "此地址不接受 " + ctx.method() + " 请求" + (allowed.isBlank() ? "" : "，只接受 " + allowed));
      return;
    }
    String[] codeAndMessage = JettyErrors.describe(status);
    ErrorReplies.send(ctx, status, codeAndMessage[0], e.getMessage(), null);
  }

  /** Admin routes need the configured token; without one they are off. */
  private static void admin(Context ctx, Settings settings, ReindexJobs jobs) {
    if (settings.adminToken() == null || jobs == null) {
      throw ApiError.notFound(
          "the admin routes are off: start the server with an admin token and a source folder");
    }
    String auth = ctx.header("Authorization");
    if (auth == null || auth.isBlank())
      throw new ApiError(
          401, "unauthorized", "this route needs the admin token: Authorization: Bearer <token>");
    String given = auth.startsWith("Bearer ") ? auth.substring(7) : auth;
    if (!MessageDigest.isEqual(
        given.getBytes(StandardCharsets.UTF_8),
        settings.adminToken().getBytes(StandardCharsets.UTF_8))) {
      throw new ApiError(403, "forbidden", "the admin token is wrong");
    }
  }

  private static void openApi(Context ctx) throws java.io.IOException {
    try (InputStream in = WebApp.class.getResourceAsStream("/openapi.json")) {
      if (in == null) throw ApiError.notFound("no OpenAPI document is bundled");
      ctx.contentType("application/json").result(in.readAllBytes());
    }
  }
}

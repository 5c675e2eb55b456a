package speechsearch.web;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import speechsearch.index.ErrorIds;
import speechsearch.index.ReindexOptions;
import speechsearch.index.ReindexReport;
import speechsearch.index.Reindexer;
import speechsearch.index.ShrinkGuard;
import speechsearch.search.IndexHandle;

/**
 * Background reindex jobs started over HTTP: one at a time (a second is refused with 409 while one
 * is queued or running, or while another process holds the index's writers' lock), status kept in
 * memory.
 */
final class ReindexJobs implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ReindexJobs.class);

  /** A job's state: queued, running, done or failed. */
  record Job(
      String id,
      String state,
      String startedAt,
      String finishedAt,
      ReindexReport report,
      String error,
      List<ReindexReport.Skipped> skipped) {
    Job(String id, String state, String startedAt) {
      this(id, state, startedAt, null, null, null, null);
    }

    boolean active() {
      return state.equals("queued") || state.equals("running");
    }
  }

  /** How long a stopping server waits for a running admin reindex. */
  static final long CLOSE_WAIT_SECONDS = 120;

  private final Reindexer reindexer;
  private final List<Path> sources;
  private final IndexHandle index;
  private final ExecutorService worker =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "reindex");
            t.setDaemon(true); // a reindex killed with the server is safe (see CrashSafetyTest)
            return t;
          });
  private final Map<String, Job> jobs = new ConcurrentHashMap<>();

  ReindexJobs(Reindexer reindexer, List<Path> sources, IndexHandle index) {
    this.reindexer = reindexer;
    this.sources = sources;
    this.index = index;
  }

  /**
   * Starts a reindex of the sources unless one is already running.
   *
   * @throws ApiError 409 while a job is queued or running, or another process reindexes
   */
  synchronized Job start(boolean allowShrink) throws IOException {
    for (Job j : jobs.values()) {
      if (j.active()) {
        throw new ApiError(
            409,
            "conflict",
            "reindex job "
                + j.id()
                + " is "
                + j.state()
                + ": one job at a time; follow it at"
                + " GET /api/admin/reindex/"
                + j.id());
      }
    }
    if (index.layout().isLocked()) {
      throw new ApiError(
          409,
          "conflict",
          "another reindex, add, remove, rollback or recover is running on this index; try again"
              + " when it has finished");
    }
    String id = UUID.randomUUID().toString().substring(0, 8);
    Job queued = new Job(id, "queued", Instant.now().toString());
    jobs.put(id, queued);
    ReindexOptions options =
        new ReindexOptions(ReindexOptions.DEFAULT_MAX_SHRINK, allowShrink, false, false);
    worker.submit(
        () -> {
          jobs.put(id, new Job(id, "running", queued.startedAt()));
          try {
            ReindexReport r =
                reindexer.reindex(sources, index.layout(), Reindexer.Progress.NONE, options);
            index.refresh();
            jobs.put(
                id,
                new Job(id, "done", queued.startedAt(), Instant.now().toString(), r, null, null));
            LOG.info("reindex job {} done: generation {}", id, r.generation());
          } catch (Exception e) {
            // the job's state says what failed; the log has the stack trace under the same id
            String error = ErrorIds.next();
            String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            msg += " (error id " + error + ")";
            List<ReindexReport.Skipped> skipped =
                e instanceof ShrinkGuard.ShrinkException s ? s.skipped() : null;
            jobs.put(
                id,
                new Job(
                    id,
                    "failed",
                    queued.startedAt(),
                    Instant.now().toString(),
                    null,
                    msg,
                    skipped));
            LOG.error("error {}: reindex job {} failed", error, id, e);
          }
        });
    return queued;
  }

  Job get(String id) {
    return jobs.get(id);
  }

  /**
   * Takes no more jobs and waits up to {@link #CLOSE_WAIT_SECONDS} for a running one to end. It is
   * not interrupted: an interrupt inside Lucene's file channels would only turn a finished build
   * into a failed one.
   */
  @Override
  public void close() {
    worker.shutdown();
    try {
      if (!worker.awaitTermination(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS)) {
        LOG.warn(
            "a reindex job is still running {} s after the server stopped; it ends with the"
                + " process, and the live generation stays as it was",
            CLOSE_WAIT_SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

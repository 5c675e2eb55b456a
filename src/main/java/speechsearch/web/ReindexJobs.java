package speechsearch.web;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import speechsearch.index.ReindexReport;
import speechsearch.index.Reindexer;
import speechsearch.search.IndexHandle;

/** Background reindex jobs started over HTTP: one at a time, status kept in memory. */
final class ReindexJobs implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ReindexJobs.class);

  /** A job's state: queued, running, done or failed. */
  record Job(
      String id,
      String state,
      String startedAt,
      String finishedAt,
      ReindexReport report,
      String error) {}

  private final Reindexer reindexer;
  private final List<Path> sources;
  private final IndexHandle index;
  private final ExecutorService worker =
      Executors.newSingleThreadExecutor(r -> new Thread(r, "reindex"));
  private final Map<String, Job> jobs = new ConcurrentHashMap<>();

  ReindexJobs(Reindexer reindexer, List<Path> sources, IndexHandle index) {
    this.reindexer = reindexer;
    this.sources = sources;
    this.index = index;
  }

  Job start() {
    String id = UUID.randomUUID().toString().substring(0, 8);
    Job queued = new Job(id, "queued", Instant.now().toString(), null, null, null);
    jobs.put(id, queued);
    worker.submit(
        () -> {
          jobs.put(id, new Job(id, "running", queued.startedAt(), null, null, null));
          try {
            ReindexReport r = reindexer.reindex(sources, index.layout(), Reindexer.Progress.NONE);
            index.refresh();
            jobs.put(
                id, new Job(id, "done", queued.startedAt(), Instant.now().toString(), r, null));
            LOG.info("reindex job {} done: generation {}", id, r.generation());
          } catch (Exception e) {
            String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            jobs.put(
                id, new Job(id, "failed", queued.startedAt(), Instant.now().toString(), null, msg));
            LOG.warn("reindex job {} failed: {}", id, msg);
          }
        });
    return queued;
  }

  Job get(String id) {
    return jobs.get(id);
  }

  @Override
  public void close() {
    worker.shutdownNow();
  }
}

package speechsearch.web;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A bounded queue in front of the API: a fixed number of requests run at once, each on a worker
 * thread of its own; the next ones wait for a turn, at most {@code maxWait} milliseconds and at
 * most {@code maxWaiting} of them; the rest are turned away at once. Either way an overloaded
 * server answers a 503 within the documented wait instead of letting requests pile up in the
 * connector's own, unbounded queue.
 *
 * <p>Requests arrive on virtual threads, which cost nothing while they wait. The work itself runs
 * on platform threads: a search is CPU-bound, and virtual threads are not time-sliced, so searches
 * run on them would hold every carrier thread and leave the waiting requests unable to even notice
 * that their time is up.
 */
final class Admission implements AutoCloseable {
  /** What a request does once admitted. */
  interface Work {
    void run() throws Exception;
  }

  /** How long a request waits for a turn before it is answered 503. */
  static final long MAX_WAIT_MS = 2_000;

  private final Semaphore permits;
  private final int maxWaiting;
  private final long maxWaitMillis;
  private final AtomicInteger waiting = new AtomicInteger();

  private final ThreadPoolExecutor workers;

  Admission(int running, int maxWaiting, long maxWaitMillis) {
    this.permits = new Semaphore(running);
    this.maxWaiting = maxWaiting;
    this.maxWaitMillis = maxWaitMillis;
    AtomicInteger n = new AtomicInteger();
    this.workers =
        new ThreadPoolExecutor(
            running,
            running,
            30,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(),
            r -> {
              Thread t = new Thread(r, "api-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    workers.allowCoreThreadTimeOut(true);
  }

  /**
   * Runs the work once admitted, on a worker thread, and waits for it; its exception is this
   * call's.
   *
   * @throws ApiError 503 when the queue is full or no turn came within the wait
   */
  void run(Work work) throws Exception {
    enter();
    try {
      Future<?> done =
          workers.submit(
              () -> {
                work.run();
                return null;
              });
      try {
        done.get();
      } catch (ExecutionException e) {
        if (e.getCause() instanceof Exception x) throw x;
        if (e.getCause() instanceof Error x) throw x;
        throw e;
      } catch (InterruptedException e) {
        done.cancel(true);
        throw e;
      }
    } finally {
      leave();
    }
  }

  /**
   * For a server of {@code threads} request threads on this machine: searches are CPU-bound, so at
   * most two per core run at once (more only lengthen each and starve the threads that take
   * requests in); eight times as many may wait.
   */
  static Admission forThreads(int threads) {
    int cores = Runtime.getRuntime().availableProcessors();
    int running = Math.max(2, Math.min(threads - 2, 2 * cores));
    return new Admission(running, running * 8, MAX_WAIT_MS);
  }

  /** Takes a turn, waiting for one if need be; a 503 when none comes. */
  private void enter() throws InterruptedException {
    if (permits.tryAcquire()) return;
    if (waiting.incrementAndGet() > maxWaiting) {
      waiting.decrementAndGet();
      throw busy("too many requests are waiting");
    }
    try {
      if (!permits.tryAcquire(maxWaitMillis, TimeUnit.MILLISECONDS)) {
        throw busy("no request slot came free within " + maxWaitMillis / 1000.0 + " s");
      }
    } finally {
      waiting.decrementAndGet();
    }
  }

  private void leave() {
    permits.release();
  }

  @Override
  public void close() {
    workers.shutdownNow();
  }

  private static ApiError busy(String why) {
    return new ApiError(503, "busy", "the server is busy (" + why + "): try again in a moment");
  }
}

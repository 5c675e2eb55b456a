package speechsearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The request queue's rules, without timing bounds: a request that finds every slot taken waits for
 * a turn and is answered 503 {@code busy} when none comes; beyond the waiting room it is turned
 * away at once; a slot that comes free is taken by a waiting request. OverloadTest runs the same
 * queue inside the server under real load.
 */
class AdmissionTest {

  @Test
  void aRequestWithoutATurnIsTurnedAwayWithA503AfterTheWait() throws Exception {
    try (Admission admission = new Admission(1, 4, 200)) {
      HeldSlot first = HeldSlot.take(admission);

      long t0 = System.nanoTime();
      ApiError e = assertThrows(ApiError.class, () -> admission.run(() -> {}));
      long waitedMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
      assertEquals(503, e.status);
      assertEquals("busy", e.code);
      assertTrue(e.getMessage().contains("within 0.2 s"), e.getMessage());
      // it waited for a turn before giving up (a lower bound holds on any machine)
      assertTrue(waitedMs >= 190, "gave up after " + waitedMs + " ms");

      first.giveBack();
      AtomicInteger ran = new AtomicInteger();
      admission.run(ran::incrementAndGet);
      assertEquals(1, ran.get(), "the slot is free again once the first request is done");
    }
  }

  @Test
  void beyondTheWaitingRoomARequestIsTurnedAwayAtOnce() throws Exception {
    try (Admission admission = new Admission(1, 0, 60_000)) {
      HeldSlot first = HeldSlot.take(admission);
      // with no room to wait it does not wait the minute
      ApiError e = assertThrows(ApiError.class, () -> admission.run(() -> {}));
      assertEquals(503, e.status);
      assertTrue(e.getMessage().contains("too many requests are waiting"), e.getMessage());
      first.giveBack();
    }
  }

  @Test
  void aWaitingRequestTakesTheSlotWhenItComesFree() throws Exception {
    try (Admission admission = new Admission(1, 4, 60_000)) {
      HeldSlot first = HeldSlot.take(admission);
      AtomicInteger ran = new AtomicInteger();
      CompletableFuture<Void> second =
          CompletableFuture.runAsync(
              () -> {
                try {
                  admission.run(ran::incrementAndGet);
                } catch (Exception x) {
                  throw new IllegalStateException(x);
                }
              });
      assertEquals(0, ran.get(), "the second request waits while the slot is held");
      first.giveBack();
      second.get(30, TimeUnit.SECONDS);
      assertEquals(1, ran.get());
    }
  }

  @Test
  void theWorksExceptionIsTheCallersAndTheSlotIsGivenBack() throws Exception {
    try (Admission admission = new Admission(1, 0, 100)) {
      ApiError thrown = new ApiError(400, "bad_request", "no");
      ApiError e =
          assertThrows(
              ApiError.class,
              () ->
                  admission.run(
                      () -> {
                        throw thrown;
                      }));
      assertEquals(thrown, e);
      AtomicInteger ran = new AtomicInteger();
      admission.run(ran::incrementAndGet);
      assertEquals(1, ran.get(), "a failed request gave its slot back");
    }
  }

  /** A request that holds a slot, running, until it is given back. */
  private record HeldSlot(CountDownLatch release, CompletableFuture<Void> done) {
    /** Starts the request and returns once it runs. */
    static HeldSlot take(Admission admission) throws InterruptedException {
      CountDownLatch running = new CountDownLatch(1);
      CountDownLatch release = new CountDownLatch(1);
      CompletableFuture<Void> done =
          CompletableFuture.runAsync(
              () -> {
                try {
                  admission.run(
                      () -> {
                        running.countDown();
                        release.await();
                      });
                } catch (Exception x) {
                  throw new IllegalStateException(x);
                }
              });
      assertTrue(running.await(10, TimeUnit.SECONDS), "the first request got its slot");
      return new HeldSlot(release, done);
    }

    /** Ends the request and waits until it has left its slot. */
    void giveBack() throws Exception {
      release.countDown();
      done.get(10, TimeUnit.SECONDS);
    }
  }
}

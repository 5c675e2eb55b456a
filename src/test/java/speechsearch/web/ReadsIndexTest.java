package speechsearch.web;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * An AssertionError from inside Lucene (tests run with -ea; a damaged block often trips one first)
 * is no exception Javalin hands to the app's handlers: the index-reading routes pass it on as one,
 * so that the checksum check decides between 503 (damaged, IndexHealthTest) and 500.
 */
class ReadsIndexTest {
  @Test
  void anAssertionErrorReachesTheExceptionHandlersAsAnException() {
    AssertionError tripped = new AssertionError("fp=2396 node=… isFloor=false");
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () ->
                WebApp.readsIndex(
                        ctx -> {
                          throw tripped;
                        })
                    .handle(null));
    assertSame(tripped, e.getCause(), "the assertion is kept as the cause for the log");
  }

  @Test
  void anArrayTooLargeForTheHeapReachesTheExceptionHandlersAsAnException() {
    // what Lucene's term block reader meets when a flipped bit gives a block an absurd length
    OutOfMemoryError huge = new OutOfMemoryError("Java heap space");
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () ->
                WebApp.readsIndex(
                        ctx -> {
                          throw huge;
                        })
                    .handle(null));
    assertSame(huge, e.getCause());
  }

  @Test
  void otherFailuresPassUnchanged() {
    IllegalArgumentException bad = new IllegalArgumentException("bad");
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                WebApp.readsIndex(
                        ctx -> {
                          throw bad;
                        })
                    .handle(null));
    assertSame(bad, e);
  }
}

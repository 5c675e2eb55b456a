package speechsearch.web;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * An AssertionError from inside Lucene (tests run with -ea; a damaged block often trips one first)
 * or an OutOfMemoryError from a damaged block length is no exception Javalin hands to the app's
 * handlers: the index-reading routes pass it on as one, so that the checksum check decides between
 * 503 (damaged, IndexHealthTest) and 500.
 */
class ReadsIndexTest {
  /** What an index-reading route throws when its handler throws {@code failure}. */
  private static Throwable thrownFor(Throwable failure) {
    return assertThrows(
        Throwable.class,
        () ->
            WebApp.readsIndex(
                    ctx -> {
                      if (failure instanceof Error err) throw err;
                      throw (Exception) failure;
                    })
                .handle(null));
  }

  @Test
  void anAssertionErrorReachesTheExceptionHandlersAsAnException() {
    AssertionError tripped = new AssertionError("fp=2396 node=… isFloor=false");
    Throwable e = thrownFor(tripped);
    assertSame(IllegalStateException.class, e.getClass());
    assertSame(tripped, e.getCause(), "the assertion is kept as the cause for the log");
  }

  @Test
  void anArrayTooLargeForTheHeapReachesTheExceptionHandlersAsAnException() {
    // what Lucene's term block reader meets when a flipped bit gives a block an absurd length
    OutOfMemoryError huge = new OutOfMemoryError("Java heap space");
    Throwable e = thrownFor(huge);
    assertSame(IllegalStateException.class, e.getClass());
    assertSame(huge, e.getCause());
  }

  @Test
  void otherFailuresPassUnchanged() {
    IllegalArgumentException bad = new IllegalArgumentException("bad");
    assertSame(bad, thrownFor(bad));
  }
}

package speechsearch.search;

/** A query or parameter the engine will not run, with a message written for the person asking. */
public final class QueryException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public QueryException(String message) {
    super(message);
  }
}

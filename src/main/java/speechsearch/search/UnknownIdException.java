package speechsearch.search;

/** No speech, section or measure has this id in the live index. */
public final class UnknownIdException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public UnknownIdException(String id) {
    super("no speech, section or measure has the id " + id);
  }
}

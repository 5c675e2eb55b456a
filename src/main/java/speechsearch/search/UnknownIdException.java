package speechsearch.search;

/** No speech, section or measure has this id in the live index. */
public final class UnknownIdException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String id;

  public UnknownIdException(String id) {
    super("no speech, section or measure has the id " + id);
    this.id = id;
  }

  /** The message in Chinese. */
  public String chinese() {
    return "没有编号为 " + id + " 的讲话、章节或措施";
  }
}

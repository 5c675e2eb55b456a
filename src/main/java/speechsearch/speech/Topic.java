package speechsearch.speech;

/**
 * A topic label of a unit or speech with the classifier's weight for it.
 *
 * @param label {@code AREA/TOPIC}, or {@code AREA} alone for a unit about the area as a whole
 * @param score the classifier's probability that the unit is substantially about it, 0 to 1
 */
public record Topic(String label, double score) {

  /** The area of the label: the part before the slash, or the whole label. */
  public String area() {
    int slash = label.indexOf('/');
    return slash < 0 ? label : label.substring(0, slash);
  }
}

package speechsearch.speech;

import java.util.List;

/**
 * One enumerated unit of a speech body. A unit with children is a section, a leaf is a measure.
 *
 * @param id stable id: the speech id plus the unit's position, e.g. {@code abc123-2.1.3}
 * @param kind {@code section} or {@code measure}
 * @param marker the enumerator as written after normalisation, e.g. {@code 一、}, {@code （一）}, {@code
 *     一是}; empty for an unmarked group: a list that a lead-in paragraph introduced after an earlier
 *     list of the same section had ended
 * @param ordinal the number the marker stands for (1 for 一、, （一）, 一是, 1、, ①)
 * @param heading text after the marker up to the end of its first sentence or heading line (an
 *     unmarked group: the sentence that leads into its list)
 * @param text the unit's own text, marker included, up to its first child (a measure: all of it)
 * @param path the headings of the units above this one, outermost first
 * @param topics 0–3 topic labels, the main subject first (see docs/TOPICS.md)
 * @param tail a section's text after its last child that belongs to the section, not to that child
 *     (the paragraphs after a list of one-paragraph measures); empty when there is none
 */
public record Unit(
    String id,
    String kind,
    String marker,
    int ordinal,
    String heading,
    String text,
    List<String> path,
    List<Topic> topics,
    List<Unit> children,
    String tail) {

  public static final String SECTION = "section";
  public static final String MEASURE = "measure";

  public Unit {
    path = List.copyOf(path);
    topics = List.copyOf(topics);
    children = List.copyOf(children);
    // trees stored before the field existed read back with none
    if (tail == null) tail = "";
  }

  /** Adds the texts of {@code units} in reading order: each text, its children's, its tail. */
  static void addTexts(List<Unit> units, List<String> out) {
    for (Unit u : units) {
      out.add(u.text());
      addTexts(u.children(), out);
      if (!u.tail().isEmpty()) out.add(u.tail());
    }
  }

  /** The same unit with other topic labels. */
  public Unit withTopics(List<Topic> labels, List<Unit> relabelledChildren) {
    return new Unit(
        id, kind, marker, ordinal, heading, text, path, labels, relabelledChildren, tail);
  }

  /** The labels alone, main subject first. */
  public List<String> topicLabels() {
    return topics.stream().map(Topic::label).toList();
  }
}

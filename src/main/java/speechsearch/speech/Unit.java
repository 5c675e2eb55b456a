package speechsearch.speech;

import java.util.List;

/**
 * One enumerated unit of a speech body. A unit with children is a section, a leaf is a measure.
 *
 * @param id stable id: the speech id plus the unit's position, e.g. {@code abc123-2.1.3}
 * @param kind {@code section} or {@code measure}
 * @param marker the enumerator as written after normalisation, e.g. {@code 一、}, {@code （一）}, {@code
 *     一是}
 * @param ordinal the number the marker stands for (1 for 一、, （一）, 一是, 1、, ①)
 * @param heading text after the marker up to the end of its first sentence or heading line
 * @param text the unit's own text, marker included, up to its first child (a measure: all of it)
 * @param path the headings of the units above this one, outermost first
 * @param topics 1–3 topics as {@code area/topic}
 */
public record Unit(
    String id,
    String kind,
    String marker,
    int ordinal,
    String heading,
    String text,
    List<String> path,
    List<String> topics,
    List<Unit> children) {

  public static final String SECTION = "section";
  public static final String MEASURE = "measure";

  public Unit {
    path = List.copyOf(path);
    topics = List.copyOf(topics);
    children = List.copyOf(children);
  }

  public boolean isSection() {
    return !children.isEmpty();
  }
}

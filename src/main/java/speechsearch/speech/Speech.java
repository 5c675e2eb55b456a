package speechsearch.speech;

import java.util.List;
import java.util.Map;

/**
 * A parsed speech: metadata, the text before and after its enumerated body, and the tree of units.
 * This is the speech JSON contract that the CLI prints and the API serves; unknown values are null.
 *
 * @param sources where each metadata value came from: {@code text}, {@code metadata} (page metadata
 *     such as 发表时间) or {@code manifest} (a sidecar file)
 * @param cleaning how much of the file's text cleaning removed, and by which rule
 */
public record Speech(
    String id,
    String file,
    String title,
    String subtitle,
    String date,
    Integer year,
    Map<String, String> sources,
    Region region,
    String speaker,
    boolean truncated,
    Cleaning cleaning,
    List<String> topics,
    String preamble,
    List<Unit> sections,
    String closing) {

  public Speech {
    // sorted, so the JSON of a speech is the same from run to run (Map.copyOf's order is not)
    sources = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(sources));
    topics = List.copyOf(topics);
    sections = List.copyOf(sections);
  }
}

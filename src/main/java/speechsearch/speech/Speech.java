package speechsearch.speech;

import java.util.List;
import java.util.Map;

/**
 * A parsed speech: metadata, the text before and after its enumerated body, and the tree of units.
 * This is the speech JSON contract that the CLI prints and the API serves; unknown values are null.
 *
 * @param sources where each metadata value came from: {@code text}, {@code metadata} (page metadata
 *     such as 发表时间) or {@code manifest} (a sidecar file)
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
    List<String> topics,
    String preamble,
    List<Unit> sections,
    String closing) {

  public Speech {
    sources = Map.copyOf(sources);
    topics = List.copyOf(topics);
    sections = List.copyOf(sections);
  }
}

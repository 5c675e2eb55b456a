package speechsearch.speech;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A parsed speech: metadata, the text before and after its enumerated body, and the tree of units.
 * This is the speech JSON contract that the CLI prints and the API serves; unknown values are null.
 *
 * @param sources where each metadata value came from: {@code text}, {@code metadata} (page metadata
 *     such as 发表时间), {@code manifest} (a sidecar file) or {@code inferred} (a year the text
 *     implies: a report reviewing 2018 was given in 2019)
 * @param truncated whether the text is incomplete: the page said text was left out, or the body
 *     ends in the middle of a sentence
 * @param appendix endnotes and attachments after the body (名词解释, 注释, 附件 …), outside the tree; empty
 *     when there are none. Preamble, units (text, children, tail), closing and appendix hold every
 *     character of the body once, in that order.
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
    List<Topic> topics,
    String preamble,
    List<Unit> sections,
    String closing,
    String appendix) {

  public Speech {
    // sorted, so the JSON of a speech is the same from run to run (Map.copyOf's order is not)
    sources = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(sources));
    topics = List.copyOf(topics);
    sections = List.copyOf(sections);
    // trees stored before the field existed read back with none
    if (appendix == null) appendix = "";
  }

  /**
   * The body's parts in reading order: the preamble, each unit's text followed by its children and
   * its tail, the closing and the appendix. Together they are the whole body.
   */
  public List<String> texts() {
    List<String> out = new ArrayList<>();
    out.add(preamble);
    Unit.addTexts(sections, out);
    out.add(closing);
    out.add(appendix);
    return out;
  }

  /** The same speech with other topic labels on it and its units. */
  public Speech withTopics(List<Topic> labels, List<Unit> relabelledSections) {
    return new Speech(
        id,
        file,
        title,
        subtitle,
        date,
        year,
        sources,
        region,
        speaker,
        truncated,
        cleaning,
        labels,
        preamble,
        relabelledSections,
        closing,
        appendix);
  }

  /** The labels alone, main subject first. */
  public List<String> topicLabels() {
    return topics.stream().map(Topic::label).toList();
  }
}

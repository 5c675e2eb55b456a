package speechsearch.search;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.document.Document;
import speechsearch.index.Schema;

/**
 * Sections and speeches as results. Texts are indexed once, at the unit that owns them, so a
 * section or a speech is found through its parts: its hit shows its own heading and text, or its
 * title, with the snippet of the part that matched best.
 */
final class Grouping {
  private Grouping() {}

  /** The hit of a unit of the scope, made from the hit of its best part. */
  static SearchResponse.Hit shape(
      String scope,
      SearchResponse.Hit part,
      Document partDoc,
      Units units,
      IndexHandle.Generation g)
      throws IOException {
    return switch (scope) {
      case "section" -> asSection(part, partDoc.get(Schema.SECTION_ID), units, g);
      case "speech" -> asSpeech(part);
      default -> part;
    };
  }

  private static SearchResponse.Hit asSection(
      SearchResponse.Hit part, String sectionId, Units units, IndexHandle.Generation g)
      throws IOException {
    Document section = sectionId == null ? null : units.document(g, sectionId);
    if (section == null) return part;
    return new SearchResponse.Hit(
        sectionId,
        Schema.KIND_SECTION,
        section.get(Schema.MARKER),
        section.get(Schema.HEADING),
        part.snippet(),
        section.get(Schema.TEXT),
        HitMapper.list(section.get(Schema.PATH)),
        part.speech(),
        HitMapper.list(section.get(Schema.TOPICS)),
        part.score(),
        part.match(),
        null);
  }

  private static SearchResponse.Hit asSpeech(SearchResponse.Hit part) {
    return new SearchResponse.Hit(
        part.speech().id(),
        Schema.KIND_SPEECH,
        null,
        part.speech().title(),
        part.snippet(),
        part.text(),
        List.of(),
        part.speech(),
        part.topics(),
        part.score(),
        part.match(),
        null);
  }
}

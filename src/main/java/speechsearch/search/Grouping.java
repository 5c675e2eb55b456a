package speechsearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.ScoreDoc;
import speechsearch.index.Schema;

/**
 * Sections and speeches as results, and the per-speech limit. Texts are indexed once, at the unit
 * that owns them, so a section or a speech is found through its parts: the ranked parts are grouped
 * by section (or speech), in the order of each group's best part.
 */
final class Grouping {
  record Page(List<SearchResponse.Hit> hits, long groups) {}

  private Grouping() {}

  static Page page(
      ScoreDoc[] docs,
      SearchRequest r,
      StoredFields stored,
      HitMapper mapper,
      Units units,
      IndexHandle.Generation g)
      throws IOException {
    String key =
        switch (r.scope()) {
          case "section" -> Schema.SECTION_ID;
          case "speech" -> Schema.SPEECH_ID;
          default -> null;
        };
    Map<String, ScoreDoc> best = new LinkedHashMap<>();
    Map<String, Integer> perSpeech = new HashMap<>();
    List<ScoreDoc> kept = new ArrayList<>();
    for (ScoreDoc sd : docs) {
      Document d = stored.document(sd.doc);
      if (key == null) {
        String speech = d.get(Schema.SPEECH_ID);
        if (perSpeech.merge(speech, 1, Integer::sum) <= r.perSpeech()) kept.add(sd);
        continue;
      }
      String group = d.get(key);
      if (group != null) best.putIfAbsent(group, sd);
    }
    List<SearchResponse.Hit> hits = new ArrayList<>();
    int from = (r.page() - 1) * r.size();
    if (key == null) {
      for (int i = from; i < Math.min(kept.size(), from + r.size()); i++)
        hits.add(mapper.hit(kept.get(i)));
      return new Page(hits, kept.size());
    }
    List<Map.Entry<String, ScoreDoc>> groups = new ArrayList<>(best.entrySet());
    for (int i = from; i < Math.min(groups.size(), from + r.size()); i++) {
      SearchResponse.Hit part = mapper.hit(groups.get(i).getValue());
      hits.add(
          key.equals(Schema.SECTION_ID)
              ? asSection(part, groups.get(i).getKey(), units, g, mapper)
              : asSpeech(part));
    }
    return new Page(hits, groups.size());
  }

  private static SearchResponse.Hit asSection(
      SearchResponse.Hit part,
      String sectionId,
      Units units,
      IndexHandle.Generation g,
      HitMapper mapper)
      throws IOException {
    Document section = units.document(g, sectionId);
    if (section == null) return part;
    String heading = section.get(Schema.HEADING);
    return new SearchResponse.Hit(
        sectionId,
        Schema.KIND_SECTION,
        section.get(Schema.MARKER),
        heading,
        part.snippet(),
        section.get(Schema.TEXT),
        HitMapper.list(section.get(Schema.PATH)),
        part.speech(),
        HitMapper.list(section.get(Schema.TOPICS)),
        part.score());
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
        part.score());
  }
}

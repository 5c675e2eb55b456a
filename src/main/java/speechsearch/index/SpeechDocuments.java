package speechsearch.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import speechsearch.speech.Speech;
import speechsearch.speech.Unit;
import speechsearch.vocabulary.Places;

/**
 * Maps a parsed speech to its Lucene documents: one per unit (a unit's own text; texts of several
 * paragraphs beyond {@link #PASSAGE_SPLIT_CHARS} become one passage document per paragraph), one
 * per paragraph of a section's tail (ids {@code UNIT~tN}, in that section), one per paragraph of
 * preamble, closing and appendix (ids {@code SPEECH~pN}, {@code ~cN}, {@code ~aN}, in no section),
 * and one for the speech itself. Topics are the tree's: this class writes the labels each unit
 * carries and assigns none.
 *
 * <p>Over 300 lines: every part of a speech and every field of its documents is mapped here, so the
 * index's whole shape can be read in one place beside {@link Schema}.
 */
public final class SpeechDocuments {
  /** Longer unit texts with several paragraphs are indexed paragraph by paragraph. */
  static final int PASSAGE_SPLIT_CHARS = 400;

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * The bigram recall field keeps documents only: no positions, no frequencies. A word is found
   * there when all its bigrams are in the unit (its junction bigrams, such as 师轮 in 教师轮岗, hardly
   * occur elsewhere), and the field only lends recall beside the SmartCN text, where frequencies
   * count. Positions and frequencies for a token per character were the largest single cost of a
   * reindex. Norms stay, so a long passage still weighs less than a short measure.
   */
  public static final FieldType BIGRAM_FIELD = bigramFieldType();

  private static FieldType bigramFieldType() {
    FieldType t = new FieldType(TextField.TYPE_NOT_STORED);
    t.setIndexOptions(IndexOptions.DOCS);
    t.freeze();
    return t;
  }

  /** Receives a speech's documents in order, in batches. */
  @FunctionalInterface
  interface Batches {
    void accept(List<Document> batch) throws IOException;
  }

  /**
   * Documents are handed on in batches of this many: one batch (one block in the index) for any
   * real speech, and bounded memory for a freak file of hundreds of thousands of paragraphs, whose
   * analysed documents would otherwise all be held at once.
   */
  static final int BATCH = 5_000;

  /**
   * The documents of one speech, facets not yet built (see {@code FacetsConfig.build}), the speech
   * document last; returns how many.
   */
  static int of(
      Speech s,
      String speechJson,
      List<String> sourceFiles,
      String sourceKey,
      Analyzer textAnalyzer,
      Batches out)
      throws IOException {
    Context ctx = new Context(s, textAnalyzer, out);
    // preamble, closing and appendix are the speech's own passages: they carry its labels
    paragraphs(ctx, s.preamble(), s.id() + "~p", List.of(), null, s.topicLabels());
    units(ctx, s.sections(), null);
    paragraphs(ctx, s.closing(), s.id() + "~c", List.of(), null, s.topicLabels());
    paragraphs(ctx, s.appendix(), s.id() + "~a", List.of(), null, s.topicLabels());

    Document speech = base(ctx, s.id(), Schema.KIND_SPEECH, s.topicLabels());
    if (s.title() != null) {
      speech.add(new TextField(Schema.TITLE_TEXT, s.title(), Field.Store.NO));
      // every document has the text fields, so their norms are dense (cheap to write and read)
      addTextFields(ctx, speech, s.title(), s.title());
    }
    speech.add(new StoredField(Schema.SPEECH_JSON, speechJson));
    for (String f : sourceFiles) speech.add(new StoredField(Schema.SOURCE_FILES, f));
    speech.add(new StringField(Schema.CONTENT_HASH, sourceKey, Field.Store.YES));
    ctx.add(speech);
    ctx.flush();
    return ctx.count;
  }

  private static void units(Context ctx, List<Unit> units, String sectionId) throws IOException {
    for (Unit u : units) {
      boolean section = !u.children().isEmpty();
      String ownSection = section ? u.id() : sectionId;
      String kind = section ? Schema.KIND_SECTION : Schema.KIND_MEASURE;
      List<String> paras = splitParagraphs(u.text());
      Document d = base(ctx, u.id(), kind, u.topicLabels());
      addUnitFields(
          ctx, d, u.id(), ownSection, u.marker(), u.ordinal(), u.heading(), paras.get(0), u.path());
      ctx.add(d);
      if (paras.size() > 1) {
        List<String> path = new ArrayList<>(u.path());
        path.add(u.heading());
        String rest = String.join("\n", paras.subList(1, paras.size()));
        paragraphs(ctx, rest, u.id() + "~", path, ownSection, u.topicLabels());
      }
      units(ctx, u.children(), ownSection);
      if (!u.tail().isEmpty()) {
        List<String> path = new ArrayList<>(u.path());
        path.add(u.heading());
        paragraphs(ctx, u.tail(), u.id() + "~t", path, ownSection, u.topicLabels());
      }
    }
  }

  /**
   * One measure-kind document per paragraph of unnumbered text, with the labels of what it is part
   * of: topics are assigned to units before they reach the index, never here.
   */
  private static void paragraphs(
      Context ctx,
      String text,
      String idPrefix,
      List<String> path,
      String sectionId,
      List<String> topics)
      throws IOException {
    if (text == null || text.isBlank()) return;
    int k = 0;
    for (String p : text.split("\n")) {
      if (p.isBlank()) continue;
      k++;
      String heading = firstSentence(p);
      Document d = base(ctx, idPrefix + k, Schema.KIND_MEASURE, topics);
      addUnitFields(ctx, d, idPrefix + k, sectionId, "", 0, heading, p.strip(), path);
      ctx.add(d);
    }
  }

  /** A unit text as one piece, or its paragraphs when it is long and has several. */
  static List<String> splitParagraphs(String text) {
    if (text.length() <= PASSAGE_SPLIT_CHARS || text.indexOf('\n') < 0) return List.of(text);
    List<String> out = new ArrayList<>();
    for (String p : text.split("\n")) if (!p.isBlank()) out.add(p.strip());
    return out.isEmpty() ? List.of(text) : out;
  }

  static String firstSentence(String p) {
    for (int i = 0; i < p.length(); i++) {
      char c = p.charAt(i);
      if (c == '。' || c == '；' || c == ';' || c == '！' || c == '？' || c == '!' || c == '?') {
        return p.substring(0, i).strip();
      }
    }
    return p.length() <= 60 ? p.strip() : p.substring(0, 60).strip();
  }

  private static void addUnitFields(
      Context ctx,
      Document d,
      String unitId,
      String sectionId,
      String marker,
      int ordinal,
      String heading,
      String text,
      List<String> path) {
    d.add(
        new StoredField(
            Schema.UNIT_ID,
            unitId.contains("~") ? unitId.substring(0, unitId.indexOf('~')) : unitId));
    if (sectionId != null) {
      d.add(new StringField(Schema.SECTION_ID, sectionId, Field.Store.YES));
      d.add(new SortedDocValuesField(Schema.SECTION_ID, new BytesRef(sectionId)));
    }
    d.add(new SortedDocValuesField(Schema.UNIT_KEY, new BytesRef(Schema.unitKey(unitId))));
    d.add(new StoredField(Schema.MARKER, marker));
    d.add(new StoredField(Schema.ORDINAL, ordinal));
    addTextFields(ctx, d, heading == null ? "" : heading, text);
    d.add(new StoredField(Schema.PATH, json(path)));
  }

  /**
   * Text, heading and bigram fields. The text is analysed once with SmartCN; the heading, which is
   * the start of the text, takes the text's tokens for its stretch.
   */
  private static void addTextFields(Context ctx, Document d, String heading, String text) {
    PreAnalyzed tokens = PreAnalyzed.of(ctx.analyzer, Schema.TEXT, text);
    int at = heading.isEmpty() ? -1 : text.indexOf(heading);
    d.add(new Field(Schema.TEXT, tokens.all(), TextField.TYPE_NOT_STORED));
    d.add(new StoredField(Schema.TEXT, text));
    d.add(new NumericDocValuesField(Schema.TEXT_HASH, Schema.textHash(text)));
    TokenStream headingTokens =
        at >= 0
            ? tokens.within(at, at + heading.length())
            : PreAnalyzed.of(ctx.analyzer, Schema.HEADING, heading).all();
    d.add(new Field(Schema.HEADING, headingTokens, TextField.TYPE_NOT_STORED));
    d.add(new StoredField(Schema.HEADING, heading));
    PreAnalyzed bigrams = BigramComplement.of(ctx.analyzer, Schema.TEXT_BIGRAM, text, tokens);
    d.add(new Field(Schema.TEXT_BIGRAM, bigrams.all(), BIGRAM_FIELD));
  }

  /** Fields every document carries: identity, speech metadata, facets. */
  private static Document base(Context ctx, String id, String kind, List<String> topics) {
    Speech s = ctx.speech;
    Document d = new Document();
    d.add(new StringField(Schema.ID, id, Field.Store.YES));
    d.add(new StringField(Schema.KIND, kind, Field.Store.YES));
    d.add(new StringField(Schema.SPEECH_ID, s.id(), Field.Store.YES));
    d.add(new SortedDocValuesField(Schema.SPEECH_ID, new BytesRef(s.id())));
    d.add(new NumericDocValuesField(Schema.ORDER, ctx.order++));
    if (s.title() != null) d.add(new StoredField(Schema.TITLE, s.title()));
    if (ctx.titleKey != null) d.add(new SortedDocValuesField(Schema.TITLE_SORT, ctx.titleKey));
    if (s.year() != null) {
      d.add(new IntPoint(Schema.YEAR, s.year()));
      d.add(new StoredField(Schema.YEAR, s.year()));
      d.add(new SortedSetDocValuesFacetField(Schema.FACET_YEAR, String.valueOf(s.year())));
      String source = s.sources() == null ? null : s.sources().get("year");
      if (source != null) d.add(new StoredField(Schema.YEAR_SOURCE, source));
      if (source != null && INFERRED_YEARS.contains(source)) {
        d.add(new NumericDocValuesField(Schema.YEAR_INFERRED, 1));
      }
    }
    d.add(new NumericDocValuesField(Schema.DATE_SORT, dateSort(s)));
    if (s.date() != null) d.add(new StoredField(Schema.DATE, s.date()));
    // a hit cites its speech: a reader must see that the text it quotes is incomplete
    if (s.truncated()) d.add(new StoredField(Schema.TRUNCATED, 1));
    d.add(new StoredField(Schema.REGION, ctx.regionJson));
    d.add(new StoredField(Schema.TOPICS, json(topics)));
    for (String t : topics) {
      String[] parts = t.split("/", 2);
      d.add(new SortedSetDocValuesFacetField(Schema.FACET_TOPIC, parts));
    }
    d.add(new SortedSetDocValuesFacetField(Schema.FACET_REGION, Places.facetPath(s.region())));
    d.add(
        new SortedSetDocValuesFacetField(
            Schema.FACET_LEVEL, s.region().level() == null ? Schema.UNKNOWN : s.region().level()));
    d.add(new SortedSetDocValuesFacetField(Schema.FACET_KIND, kind));
    return d;
  }

  /** Where a year comes from when it is not stated in the speech itself: see YEAR_INFERRED. */
  static final java.util.Set<String> INFERRED_YEARS =
      java.util.Set.of("metadata", "page", "inferred");

  private static long dateSort(Speech s) {
    if (s.date() != null && s.date().matches("\\d{4}-\\d{2}-\\d{2}")) {
      return Long.parseLong(s.date().replace("-", ""));
    }
    return s.year() == null ? 0 : s.year() * 10000L;
  }

  static String json(Object o) {
    try {
      return JSON.writeValueAsString(o);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("plain values always serialise", e);
    }
  }

  private static final class Context {
    final Speech speech;
    final String regionJson;
    final BytesRef titleKey;
    final Analyzer analyzer;
    final Batches out;
    final List<Document> batch = new ArrayList<>();
    int order;
    int count;

    Context(Speech s, Analyzer analyzer, Batches out) {
      this.speech = s;
      this.analyzer = analyzer;
      this.out = out;
      Map<String, String> r = new LinkedHashMap<>();
      r.put("level", s.region().level());
      r.put("province", s.region().province());
      r.put("city", s.region().city());
      r.put("county", s.region().county());
      this.regionJson = json(r);
      this.titleKey = s.title() == null ? null : TitleOrder.key(s.title());
    }

    void add(Document d) throws IOException {
      batch.add(d);
      count++;
      if (batch.size() >= BATCH) flush();
    }

    void flush() throws IOException {
      if (batch.isEmpty()) return;
      out.accept(batch); // consumed before it returns: the list is reused
      batch.clear();
    }
  }
}

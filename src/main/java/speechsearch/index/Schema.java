package speechsearch.index;

import org.apache.lucene.facet.FacetsConfig;
import speechsearch.analysis.BigramField;
import speechsearch.vocabulary.Levels;

/**
 * Every field and facet of the index, in one place. One document per measure, per section and per
 * speech ({@link #KIND}). Each character of a speech is analysed once: a unit document holds the
 * unit's own text (a section's text stops at its first child), long texts are split into passage
 * documents, and the speech document holds the title and the stored tree. Sections and speeches are
 * reached at query time by grouping on {@link #SECTION_ID} and {@link #SPEECH_ID}.
 */
public final class Schema {
  private Schema() {}

  // identity and place in the tree
  public static final String ID = "id";
  public static final String KIND = "kind";
  public static final String SPEECH_ID = "speech_id";
  public static final String UNIT_ID = "unit_id";
  public static final String SECTION_ID = "section_id";
  public static final String ORDER = "order";
  public static final String MARKER = "marker";
  public static final String ORDINAL = "ordinal";
  public static final String PATH = "path";

  /**
   * Doc values: the measure-scope result a document belongs to. A unit's later paragraphs ({@code
   * UNIT~2}) belong to the unit, so a unit stored as several passages counts once; an opening or
   * closing paragraph ({@code S~p1}, {@code S~c1}) belongs to no unit and is its own result.
   */
  public static final String UNIT_KEY = "unit_key";

  /** Doc values: the speech title's collation key (Chinese, pinyin order), for sorting by title. */
  public static final String TITLE_SORT = "title_sort";

  /**
   * Doc values: a 64-bit hash of the document's text without whitespace, so that similar measures
   * can leave out the pasted text itself and show a text repeated in several speeches once.
   */
  public static final String TEXT_HASH = "text_hash";

  // searchable text (SmartCN), the bigram recall field, and the speech title
  public static final String HEADING = "heading";
  public static final String TEXT = "text";
  public static final String TEXT_BIGRAM = "text_bigram";

  /** The bigram recall field and the text field that holds its bigrams that are words. */
  public static final BigramField BIGRAMS = new BigramField(TEXT_BIGRAM, TEXT);

  public static final String TITLE = "title";
  public static final String TITLE_TEXT = "title_text";

  // speech metadata copied onto every document (stored, doc values, points)
  public static final String YEAR = "year";
  public static final String DATE = "date";
  public static final String DATE_SORT = "date_sort";

  /**
   * 1 (numeric doc values) on the documents of a speech whose year comes from the page's date or is
   * only implied by its text ({@code sources.year} metadata, page or inferred): the timeline draws
   * those apart.
   */
  public static final String YEAR_INFERRED = "year_inferred";

  /**
   * Where the year came from (the speech's {@code sources.year}): title, dateline, text, inferred,
   * manifest, file or page. Pages show an inferred or page-derived year as such.
   */
  public static final String YEAR_SOURCE = "year_source";

  public static final String REGION = "region";
  public static final String TOPICS = "topics";
  public static final String SPEECH_JSON = "speech_json";

  /** Stored (as 1) on every document of a speech whose text is incomplete. */
  public static final String TRUNCATED = "truncated";

  public static final String SOURCE_FILES = "source_files";

  /**
   * On the speech document: the source key of the file it was parsed from (SHA-256 of the file's
   * bytes, its sidecar metadata and the program's fingerprint), by which updates skip unchanged
   * files and a reindex reuses their trees.
   */
  public static final String CONTENT_HASH = "content_hash";

  /** Facet dimensions. */
  public static final String FACET_TOPIC = "topic";

  public static final String FACET_REGION = "region";
  public static final String FACET_LEVEL = "level";
  public static final String FACET_YEAR = "year";
  public static final String FACET_KIND = "kind";

  /** The value of a region or level that the text does not establish: {@link Levels#UNKNOWN}. */
  public static final String UNKNOWN = Levels.UNKNOWN;

  public static final String KIND_MEASURE = "measure";
  public static final String KIND_SECTION = "section";
  public static final String KIND_SPEECH = "speech";

  /** Field weights: headings and titles count more than body text; bigrams are for recall. */
  public static final float HEADING_BOOST = 3f;

  public static final float TEXT_BOOST = 1f;
  public static final float BIGRAM_BOOST = 0.4f;
  public static final float TITLE_BOOST = 1.5f;

  /** The measure-scope result key of a document id (see {@link #UNIT_KEY}). */
  public static String unitKey(String id) {
    int tilde = id.indexOf('~');
    if (tilde < 0 || tilde == id.length() - 1) return id;
    for (int i = tilde + 1; i < id.length(); i++) {
      if (id.charAt(i) < '0' || id.charAt(i) > '9') return id;
    }
    return id.substring(0, tilde);
  }

  /**
   * The hash {@link #TEXT_HASH} holds for a text: FNV-1a over its characters, whitespace left out.
   */
  public static long textHash(String text) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) continue;
      h ^= c;
      h *= 0x100000001b3L;
    }
    return h;
  }

  public static FacetsConfig facetsConfig() {
    FacetsConfig config = new FacetsConfig();
    config.setHierarchical(FACET_TOPIC, true);
    config.setMultiValued(FACET_TOPIC, true);
    config.setHierarchical(FACET_REGION, true);
    return config;
  }
}

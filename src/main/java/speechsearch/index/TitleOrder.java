package speechsearch.index;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import org.apache.lucene.util.BytesRef;

/**
 * The order of speeches by title: Chinese collation (pinyin), as a drafter expects a list of titles
 * to be sorted, rather than the order of code points, which is no order a reader knows.
 */
final class TitleOrder {
  // frozen: safe to share between indexing threads
  private static final Collator COLLATOR =
      Collator.getInstance(ULocale.SIMPLIFIED_CHINESE).freeze();

  private TitleOrder() {}

  static BytesRef key(String title) {
    return new BytesRef(COLLATOR.getCollationKey(title).toByteArray());
  }
}

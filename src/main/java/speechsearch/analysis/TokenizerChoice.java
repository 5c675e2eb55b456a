package speechsearch.analysis;

import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;

/** Which SmartCN segmenter the analyzer runs. Both give identical tokens. */
public enum TokenizerChoice {
  /** Lucene's own {@code HMMChineseTokenizer}. */
  STOCK;

  Tokenizer create() {
    return new HMMChineseTokenizer();
  }
}

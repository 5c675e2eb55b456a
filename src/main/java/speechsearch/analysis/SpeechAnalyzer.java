package speechsearch.analysis;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.CharsRefBuilder;

/**
 * The one analyzer definition of the product, used by indexing, query parsing, highlighting and
 * similar-measure search: a one-to-one character map (width forms, traditional to simplified),
 * SmartCN's segmenter, a punctuation stop set, and the glossary (its terms rejoined into single
 * tokens everywhere; their synonyms added at query time only). Unlike SmartChineseAnalyzer there is
 * no English Porter stemming: policy text quotes English names and acronyms as they are.
 */
public final class SpeechAnalyzer extends Analyzer {

  /** Index analysis keeps one token stream; query analysis also expands synonyms. */
  public enum Mode {
    INDEX,
    QUERY
  }

  private static final CharArraySet PUNCTUATION = SmartChineseAnalyzer.getDefaultStopSet();

  private final TokenizerChoice tokenizer;
  private final Mode mode;
  private final SynonymMap map;
  private final RejoinFilter.Rules rejoin;

  private SpeechAnalyzer(
      TokenizerChoice tokenizer, Mode mode, SynonymMap map, RejoinFilter.Rules rejoin) {
    this.tokenizer = tokenizer;
    this.mode = mode;
    this.map = map;
    this.rejoin = rejoin;
  }

  /** The analyzer for a glossary, mode and segmenter. */
  public static SpeechAnalyzer create(Glossary glossary, Mode mode, TokenizerChoice tokenizer) {
    try (SpeechAnalyzer base = new SpeechAnalyzer(tokenizer, Mode.INDEX, null, null)) {
      RejoinFilter.Rules rejoin = rejoinRules(base, glossary);
      if (mode == Mode.INDEX) return new SpeechAnalyzer(tokenizer, mode, null, rejoin);
      try (SpeechAnalyzer index = new SpeechAnalyzer(tokenizer, Mode.INDEX, null, rejoin)) {
        return new SpeechAnalyzer(tokenizer, mode, queryMap(base, index, glossary), null);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot build the glossary token maps", e);
    }
  }

  public Mode mode() {
    return mode;
  }

  public TokenizerChoice tokenizer() {
    return tokenizer;
  }

  @Override
  protected Reader initReader(String fieldName, Reader reader) {
    return CharMap.filter(reader);
  }

  @Override
  protected Reader initReaderForNormalization(String fieldName, Reader reader) {
    return CharMap.filter(reader);
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = tokenizer.create();
    TokenStream ts = new GapFilter(new StopFilter(source, PUNCTUATION));
    if (rejoin != null && !rejoin.isEmpty()) ts = new RejoinFilter(ts, rejoin);
    if (map != null && map.fst != null) ts = new SynonymGraphFilter(ts, map, true);
    return new TokenStreamComponents(source, ts);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new LowerCaseFilter(in);
  }

  /** Glossary terms that SmartCN splits are rejoined: 双 减 → 双减. */
  private static RejoinFilter.Rules rejoinRules(Analyzer base, Glossary glossary)
      throws IOException {
    RejoinFilter.Rules rules = new RejoinFilter.Rules();
    for (String term : glossary.terms().keySet()) {
      List<String> raw = tokens(base, term);
      if (raw.size() > 1) rules.add(raw, term);
    }
    return rules;
  }

  /**
   * Rejoin rules plus synonyms, outputs in index tokens. A glossary line is a group of equivalent
   * expressions: each one brings every other (学生欺凌 brings 校园霸凌 as well as the line's term).
   */
  private static SynonymMap queryMap(Analyzer base, Analyzer index, Glossary glossary)
      throws IOException {
    SynonymMap.Builder b = new SynonymMap.Builder(true);
    for (Map.Entry<String, List<String>> e : glossary.terms().entrySet()) {
      String term = e.getKey();
      List<String> raw = tokens(base, term);
      if (raw.isEmpty()) continue;
      boolean split = raw.size() > 1;
      if (split) b.add(join(raw), join(List.of(term)), false);
      for (String syn : e.getValue()) {
        List<String> synIndexTokens = tokens(index, syn);
        List<String> synRaw = tokens(base, syn);
        if (synIndexTokens.isEmpty() || synRaw.isEmpty()) continue;
        // the term brings its synonym; keep the term itself unless the rule above replaces it
        b.add(join(raw), join(synIndexTokens), !split);
        b.add(join(synRaw), join(List.of(term)), true);
        for (String other : e.getValue()) {
          List<String> otherIndexTokens = tokens(index, other);
          if (!other.equals(syn) && !otherIndexTokens.isEmpty()) {
            b.add(join(synRaw), join(otherIndexTokens), true);
          }
        }
      }
    }
    return b.build();
  }

  private static org.apache.lucene.util.CharsRef join(List<String> words) {
    return SynonymMap.Builder.join(words.toArray(String[]::new), new CharsRefBuilder());
  }

  /** The tokens an analyzer makes of a text. */
  public static List<String> tokens(Analyzer a, String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = a.tokenStream("", new StringReader(text))) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) out.add(term.toString());
      ts.end();
    }
    return out;
  }
}

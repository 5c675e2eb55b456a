package speechsearch.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.core.FlattenGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.CharsRefBuilder;
import org.junit.jupiter.api.Test;

/**
 * The index analyzer's rejoin filter gives exactly what Lucene's synonym filter with the same
 * rejoin rules, flattened, gives: terms, offsets and positions, on the seeds and on random text
 * dense with glossary terms.
 */
class RejoinFilterTest {
  private static final Glossary GLOSSARY =
      Glossary.bundled().withTerms(List.of("强镇筑基", "一镇一员", "教联体", "五育并举", "双减"));

  @Test
  void rejoinMatchesTheSynonymFilterReference() throws IOException {
    try (Analyzer product =
            SpeechAnalyzer.create(GLOSSARY, SpeechAnalyzer.Mode.INDEX, TokenizerChoice.FAST);
        Analyzer reference = reference(GLOSSARY)) {
      List<String> texts = new ArrayList<>();
      try (var files = Files.list(Path.of("src/test/resources/seeds"))) {
        for (Path f : files.toList()) texts.add(Files.readString(f, StandardCharsets.UTF_8));
      }
      long seed = Long.getLong("rejoin.seed", System.nanoTime());
      System.out.println("RejoinFilterTest seed: " + seed);
      Random r = new Random(seed);
      List<String> parts = new ArrayList<>(GLOSSARY.terms().keySet());
      parts.addAll(
          List.of("加强", "教师", "，", "。", "双", "减", "强", "镇", "筑", "基", "教", "联", "体", " ", "AI"));
      for (int i = 0; i < 300; i++) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < 40; k++) sb.append(parts.get(r.nextInt(parts.size())));
        texts.add(sb.toString());
      }
      for (String t : texts) {
        List<String> want = tokens(reference, t);
        List<String> got = tokens(product, t);
        int i = 0;
        while (i < Math.min(want.size(), got.size()) && want.get(i).equals(got.get(i))) i++;
        if (i < Math.max(want.size(), got.size())) {
          assertEquals(
              want.subList(Math.max(0, i - 2), Math.min(want.size(), i + 3)),
              got.subList(Math.max(0, i - 2), Math.min(got.size(), i + 3)),
              "first difference at token "
                  + i
                  + " of «"
                  + t.substring(0, Math.min(40, t.length()))
                  + "»");
        }
      }
    }
  }

  /** The rejoin as it was: a synonym map of rules, then a graph flattener. */
  private static Analyzer reference(Glossary glossary) throws IOException {
    SynonymMap.Builder b = new SynonymMap.Builder(true);
    try (Analyzer base =
        SpeechAnalyzer.create(Glossary.empty(), SpeechAnalyzer.Mode.INDEX, TokenizerChoice.FAST)) {
      for (String term : glossary.terms().keySet()) {
        List<String> raw = SpeechAnalyzer.tokens(base, term);
        if (raw.size() > 1) {
          b.add(
              SynonymMap.Builder.join(raw.toArray(String[]::new), new CharsRefBuilder()),
              SynonymMap.Builder.join(new String[] {term}, new CharsRefBuilder()),
              false);
        }
      }
    }
    SynonymMap map = b.build();
    return new Analyzer() {
      @Override
      protected Reader initReader(String fieldName, Reader reader) {
        return CharMap.filter(reader);
      }

      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new FastSmartCnTokenizer();
        TokenStream ts = new StopFilter(source, SmartChineseAnalyzer.getDefaultStopSet());
        ts = new FlattenGraphFilter(new SynonymGraphFilter(ts, map, true));
        return new TokenStreamComponents(source, ts);
      }
    };
  }

  private static List<String> tokens(Analyzer a, String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = a.tokenStream("text", new StringReader(text))) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(
            term
                + "@"
                + off.startOffset()
                + "-"
                + off.endOffset()
                + "+"
                + inc.getPositionIncrement());
      }
      ts.end();
    }
    return out;
  }
}

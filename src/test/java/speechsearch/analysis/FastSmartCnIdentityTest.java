package speechsearch.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.junit.jupiter.api.Test;
import speechsearch.testing.Shared;

/**
 * The fast tokenizer must reproduce the stock SmartCN tokenizer token for token: term, offsets,
 * position increment, type, and the final offset. Checked on every file of the shared corpus and
 * seeds, and on seeded random text built to hit the model's corners (words across spaces, mixed
 * full- and half-width runs, surrogates, sentences longer than the tokenizer's buffer).
 */
class FastSmartCnIdentityTest {

  /** One emitted token; {@code term == null} marks the state after {@code end()}. */
  record Tok(String term, int start, int end, int posInc, String type) {}

  private final Tokenizer stock = new HMMChineseTokenizer();
  private final Tokenizer fast = new FastSmartCnTokenizer();

  @Test
  void corpusAndSeedsMatchStock() throws IOException {
    List<Path> files = new ArrayList<>();
    for (String sub : List.of("corpus", "seeds")) {
      try (Stream<Path> s = Files.walk(Shared.require(sub))) {
        s.filter(Files::isRegularFile).sorted().forEach(files::add);
      }
    }
    long chars = 0;
    long tokens = 0;
    for (Path f : files) {
      String text = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
      chars += text.length();
      tokens += assertSame(f.getFileName().toString(), text);
    }
    System.out.printf(
        Locale.ROOT,
        "identity: %d files, %d chars, %d tokens equal%n",
        files.size(),
        chars,
        tokens);
  }

  @Test
  void randomTextMatchesStock() throws IOException {
    long seed = Long.getLong("segmenter.seed", System.nanoTime());
    System.out.println(
        "random identity seed: " + seed + " (rerun with -Dsegmenter.seed=" + seed + ")");
    RandomText gen = new RandomText(new Random(seed));
    long tokens = 0;
    for (int doc = 0; doc < 400; doc++) {
      String text = gen.document(doc % 10 == 0 ? 6000 : 600);
      tokens += assertSame("random doc " + doc + " (seed " + seed + ")", text);
    }
    assertTrue(tokens > 10_000, "too few tokens to mean anything: " + tokens);
  }

  @Test
  void instancesOnTwoThreadsShareTheModelSafely() throws Exception {
    RandomText gen = new RandomText(new Random(42));
    List<String> docs = new ArrayList<>();
    List<List<Tok>> want = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      docs.add(gen.document(2000));
      want.add(tokens(stock, docs.get(i)));
    }
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<Integer>> runs = new ArrayList<>();
      for (int t = 0; t < 2; t++) {
        runs.add(
            pool.submit(
                () -> {
                  Tokenizer own = new FastSmartCnTokenizer();
                  int same = 0;
                  for (int i = 0; i < docs.size(); i++) {
                    if (tokens(own, docs.get(i)).equals(want.get(i))) same++;
                  }
                  return same;
                }));
      }
      for (Future<Integer> r : runs) assertEquals(docs.size(), r.get());
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void edgeCasesMatchStock() throws IOException {
    for (String text :
        List.of(
            "",
            " ",
            "\u3000\t\n",
            "中",
            "中 华 人 民 共 和 国",
            "ＡＢＣabc１２３456 Ｘy",
            "😀中国\uD83D",
            "\uDE00\uD83D中",
            "第十四个五年规划和二〇三五年远景目标纲要。GDP增长5.2%，CPI上涨0.2％！",
            "未##串始##始末##末@@@",
            "中".repeat(3000))) {
      assertSame("edge case '" + abbreviate(text) + "'", text);
    }
  }

  /** Tokenizes with both and fails at the first difference; returns the token count. */
  private int assertSame(String label, String text) throws IOException {
    List<Tok> want = tokens(stock, text);
    List<Tok> got = tokens(fast, text);
    int n = Math.min(want.size(), got.size());
    for (int i = 0; i < n; i++) {
      if (!want.get(i).equals(got.get(i))) fail(difference(label, text, i, want, got));
    }
    if (want.size() != got.size()) fail(difference(label, text, n, want, got));
    return want.size();
  }

  private static String difference(
      String label, String text, int i, List<Tok> want, List<Tok> got) {
    Tok w = i < want.size() ? want.get(i) : null;
    Tok g = i < got.size() ? got.get(i) : null;
    int at = w != null ? Math.max(0, w.start()) : g != null ? Math.max(0, g.start()) : 0;
    at = Math.min(at, text.length());
    String context = text.substring(Math.max(0, at - 30), Math.min(text.length(), at + 30));
    List<Tok> before = want.subList(Math.max(0, i - 3), Math.min(i, want.size()));
    return String.format(
        Locale.ROOT,
        "%s: token %d differs%n  stock: %s%n  fast:  %s%n  after: %s%n  context: «%s»",
        label,
        i,
        w,
        g,
        before,
        context.replace("\n", "⏎"));
  }

  static List<Tok> tokens(Tokenizer t, String text) throws IOException {
    List<Tok> out = new ArrayList<>();
    CharTermAttribute term = t.addAttribute(CharTermAttribute.class);
    OffsetAttribute off = t.addAttribute(OffsetAttribute.class);
    PositionIncrementAttribute inc = t.addAttribute(PositionIncrementAttribute.class);
    TypeAttribute type = t.addAttribute(TypeAttribute.class);
    t.setReader(new StringReader(text));
    try {
      t.reset();
      while (t.incrementToken()) {
        out.add(
            new Tok(
                term.toString(),
                off.startOffset(),
                off.endOffset(),
                inc.getPositionIncrement(),
                type.type()));
      }
      t.end();
      out.add(new Tok(null, off.startOffset(), off.endOffset(), inc.getPositionIncrement(), null));
    } finally {
      t.close();
    }
    return out;
  }

  private static String abbreviate(String s) {
    return s.length() <= 20 ? s : s.substring(0, 20) + "…(" + s.length() + ")";
  }
}

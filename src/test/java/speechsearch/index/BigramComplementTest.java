package speechsearch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import speechsearch.analysis.Glossary;
import speechsearch.analysis.TokenizerChoice;
import speechsearch.ingest.read.DocumentReader;
import speechsearch.testing.Shared;

/**
 * The bigram field's terms come from a character scan wherever the text allows; they must be
 * exactly the distinct terms the bigram analyzer gives for the whole text, minus the SmartCN words
 * at the same place and the bigrams where two two-character words meet.
 */
class BigramComplementTest {
  private static final Analyzer ANALYZER =
      IndexWriters.indexAnalyzer(Glossary.bundled(), TokenizerChoice.FAST);

  @AfterAll
  static void close() {
    ANALYZER.close();
  }

  private static void assertSameTerms(String text) {
    PreAnalyzed words = PreAnalyzed.of(ANALYZER, Schema.TEXT, text);
    TreeSet<String> scanned =
        new TreeSet<>(
            BigramComplement.of(ANALYZER, Schema.TEXT_BIGRAM, text, words).distinctTerms());
    TreeSet<String> analysed =
        new TreeSet<>(
            BigramComplement.byAnalyzer(ANALYZER, Schema.TEXT_BIGRAM, text, words).distinctTerms());
    assertEquals(analysed, scanned, () -> "bigram terms differ for: " + text);
  }

  private static List<String> terms(String text) {
    PreAnalyzed words = PreAnalyzed.of(ANALYZER, Schema.TEXT, text);
    return BigramComplement.of(ANALYZER, Schema.TEXT_BIGRAM, text, words).distinctTerms();
  }

  @Test
  void listsEachBigramOnceAndLeavesOutWordsAtTheSamePlace() {
    String text = "落实双减政策，双减不减责。";
    List<String> terms = terms(text);
    assertEquals(terms.size(), new TreeSet<>(terms).size(), "each term once: " + terms);
    assertEquals(false, terms.contains("政策"), "政策 is a SmartCN word there: " + terms);
    assertEquals(true, terms.contains("不减"), "a bigram of two single characters stays: " + terms);
    assertSameTerms(text);
  }

  @Test
  void listsEachCharacterOnceUnlessItIsATokenOfItsOwn() {
    String text = "对上消化道癌高危人群开展内镜检查，检查3万名";
    List<String> grams = terms(text);
    List<String> tokens = PreAnalyzed.of(ANALYZER, Schema.TEXT, text).distinctTerms();
    for (char ch : text.toCharArray()) {
      if (Character.UnicodeScript.of(ch) != Character.UnicodeScript.HAN) continue;
      String c = String.valueOf(ch);
      long listed = grams.stream().filter(c::equals).count();
      // 检 and 查 stand inside the word 检查; 上, 癌, 内 and 镜 are SmartCN tokens of their own
      assertEquals(tokens.contains(c) ? 0 : 1, listed, c + " in " + grams + " / " + tokens);
    }
    assertEquals(true, grams.contains("检") && grams.contains("查"), "inside a word: " + grams);
    assertSameTerms(text);
  }

  @Test
  void leavesOutOnlyTheBigramWhereTwoTwoCharacterWordsMeet() {
    // 加强|教师|队伍|建设: every meeting is between two two-character words
    List<String> team = terms("加强教师队伍建设");
    assertEquals(
        List.of(),
        team.stream().filter(t -> t.length() == 2).toList(),
        "强教, 师队 and 伍建 are left out");
    assertEquals(List.of("加", "强", "教", "师", "队", "伍", "建", "设"), team, "only the characters stay");
    // 省政协|委员: a three-character word keeps its inner bigrams and the one across
    List<String> cppcc = terms("请省政协委员提出意见");
    for (String g : List.of("请省", "省政", "政协", "协委"))
      assertEquals(true, cppcc.contains(g), g + " stays: " + cppcc);
    assertEquals(false, cppcc.contains("员提"), "委员|提出 meet: " + cppcc);
    // 军人|权益: the bigram 人权 across them is not indexed, so 人权 cannot match there
    assertEquals(false, terms("退役军人权益维护").contains("人权"));
  }

  @Test
  void mixedScriptsAndSymbolsMatchTheAnalyzer() {
    for (String text :
        List.of(
            "2024年投入5.6亿元，惠及10,000名教师（占比35%）",
            "推进5G+教育、AI赋能，COVID-19防控",
            "学生’s 作业_负担 A·B 中国·北京",
            "臺灣教育：繁體字與簡體字混排，ＡＢＣ全角１２３",
            "〇五年、々、〆 ひらがな カタカナ 한국어 教育",
            "教\u0301育 e\u0301 教\u200D育 \uFE0F字 𠀀字 教",
            "单",
            "",
            "  ，。、  ",
            "a教b育c 1教2 教。育")) assertSameTerms(text);
  }

  @Test
  void everyPlainHanCharacterMatchesTheAnalyzer() {
    StringBuilder b = new StringBuilder();
    for (char c = 0x3400; c <= 0x9FFF; c++) {
      b.append(c);
      if (b.length() % 7 == 0) b.append(c % 3 == 0 ? "，" : c % 3 == 1 ? "a1" : " ");
      if (b.length() > 400) {
        assertSameTerms(b.toString());
        b.setLength(0);
      }
    }
    assertSameTerms(b.toString());
  }

  @Test
  void seededRandomTextMatchesTheAnalyzer() {
    long seed = Long.getLong("bigram.seed", System.nanoTime());
    System.out.println("BigramComplementTest seed " + seed + " (-Dbigram.seed to repeat)");
    Random r = new Random(seed);
    String[] pieces = {
      "教师", "双减", "教联体", "强镇筑基", "，", "。", "、", "“", "”", "（", "）", "2024", "5.6", "ＡＢ", "ab",
      "x_y", "’", "·", " ", "\u3000", "臺灣", "ひら", "カタ", "한", "\u0301", "\u200D", "〇", "𠀀", "—",
          "…",
      "%", "-", "A.B", "+"
    };
    for (int round = 0; round < 2000; round++) {
      StringBuilder b = new StringBuilder();
      int n = r.nextInt(30);
      for (int i = 0; i < n; i++) {
        if (r.nextInt(3) == 0) b.append((char) (0x4E00 + r.nextInt(0x51A6)));
        else b.append(pieces[r.nextInt(pieces.length)]);
      }
      assertSameTerms(b.toString());
    }
  }

  @Test
  void aTextWithMoreDistinctBigramsThanTheDedupeTableListsEveryOne() {
    // 120,000 random common Han characters: far more distinct bigrams than the 32,768 remembered
    Random r = new Random(42);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 120_000; i++) b.append((char) (0x4E00 + r.nextInt(0x51A6)));
    String text = b.toString();
    PreAnalyzed words = PreAnalyzed.of(ANALYZER, Schema.TEXT, text);
    TreeSet<String> scanned =
        new TreeSet<>(
            BigramComplement.of(ANALYZER, Schema.TEXT_BIGRAM, text, words).distinctTerms());
    assertTrue(scanned.size() > 40_000, "distinct bigrams: " + scanned.size());
    assertEquals(
        new TreeSet<>(
            BigramComplement.byAnalyzer(ANALYZER, Schema.TEXT_BIGRAM, text, words).distinctTerms()),
        scanned);
  }

  @Test
  void seedsAndCorpusParagraphsMatchTheAnalyzer() throws IOException {
    List<Path> files = new ArrayList<>();
    try (var seeds = Files.list(Path.of("src/test/resources/seeds"))) {
      seeds.sorted().forEach(files::add);
    }
    Path corpus = Shared.dir().resolve("corpus");
    if (Files.isDirectory(corpus)) files.addAll(DocumentReader.listInputs(List.of(corpus)));
    else System.out.println("corpus part skipped: " + corpus + " is absent");
    DocumentReader reader = new DocumentReader();
    for (Path f : files) {
      for (String paragraph : reader.read(f).text().split("\n")) assertSameTerms(paragraph);
    }
  }
}

package speechsearch.ingest.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The automaton against a plain search, and its longest-match-per-class scan against its
 * every-match scan.
 */
class KeywordMatcherTest {

  /** "end cls keyword" for the first keyword of each class the full scan gives at each end. */
  private static List<String> firstOfEachClass(KeywordMatcher m, String text, int[] classes) {
    List<String> out = new ArrayList<>();
    int[] lastEnd = {-1, -1};
    m.scan(
        text,
        (k, start, end) -> {
          for (int c = 0; c < 2; c++) {
            if ((classes[k] >> c & 1) != 0 && lastEnd[c] != end) {
              lastEnd[c] = end;
              out.add(end + " " + c + " " + k + " " + start);
            }
          }
        });
    return out;
  }

  @Test
  void theLongestOfEachClassIsTheFirstTheFullScanGivesAtEachPosition() {
    Random r = new Random(14);
    String alphabet = "教育学校师生安全农业村";
    for (int round = 0; round < 200; round++) {
      Set<String> words = new LinkedHashSet<>();
      int n = 1 + r.nextInt(40);
      while (words.size() < n) words.add(random(r, alphabet, 1 + r.nextInt(4)));
      List<String> keywords = new ArrayList<>(words);
      int[] classes = new int[keywords.size()];
      for (int k = 0; k < classes.length; k++) classes[k] = 1 + r.nextInt(3); // 1, 2 or both
      KeywordMatcher m = new KeywordMatcher(keywords);
      int[] best = m.longestByClass(classes, 2);
      String text = random(r, alphabet, r.nextInt(200));
      List<String> longest = new ArrayList<>();
      m.scanLongest(
          text, best, 2, (c, k, start, end) -> longest.add(end + " " + c + " " + k + " " + start));
      // within one position the two scans may give the classes in either order
      assertEquals(
          firstOfEachClass(m, text, classes).stream().sorted().toList(),
          longest.stream().sorted().toList(),
          keywords + " in " + text);
    }
  }

  @Test
  void everyOccurrenceOfEveryKeywordIsFoundAndNothingElse() {
    Random r = new Random(19);
    // many keywords over a wide alphabet, so that nodes get more transitions than a short scan
    // serves
    String alphabet = "教育学校师生安全农业村镇县区市省委党政府人民工作会议发展建设改革服务";
    for (int round = 0; round < 100; round++) {
      Set<String> words = new LinkedHashSet<>();
      int n = 1 + r.nextInt(300);
      while (words.size() < n) words.add(random(r, alphabet, 1 + r.nextInt(3)));
      List<String> keywords = new ArrayList<>(words);
      KeywordMatcher m = new KeywordMatcher(keywords);
      String text = random(r, alphabet, r.nextInt(300));
      List<String> found = new ArrayList<>();
      m.scan(text, (k, start, end) -> found.add(start + " " + end + " " + k));
      List<String> expected = new ArrayList<>();
      for (int k = 0; k < keywords.size(); k++) {
        for (int at = text.indexOf(keywords.get(k));
            at >= 0;
            at = text.indexOf(keywords.get(k), at + 1)) {
          expected.add(at + " " + (at + keywords.get(k).length()) + " " + k);
        }
      }
      assertEquals(
          expected.stream().sorted().toList(),
          found.stream().sorted().toList(),
          keywords + " in " + text);
    }
  }

  private static String random(Random r, String alphabet, int length) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < length; i++) sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
    return sb.toString();
  }
}

package speechsearch.ingest.topic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The model loader's own reading of plain decimals gives exactly what Double.parseDouble gives. */
class TopicModelNumbersTest {
  private static void same(String s) {
    assertEquals(Double.parseDouble(s), TopicModel.plainDecimal(s, 0), s);
  }

  @Test
  void everyWeightOfTheBundledModelAndRandomDecimalsReadExactly() {
    int weights = 0;
    for (String line : TopicModel.bundledText().split("\n")) {
      String[] c = line.split("\t");
      if (c.length < 3 || !(c[0].equals("word") || c[0].equals("head"))) continue;
      for (String pair : c[2].strip().split(" ")) {
        same(pair.substring(pair.indexOf(':') + 1));
        weights++;
      }
    }
    assertTrue(weights > 10_000, weights + " weights");
    Random r = new Random(14);
    for (int i = 0; i < 100_000; i++) {
      double v = (r.nextDouble() - 0.5) * Math.pow(10, r.nextInt(8) - 4);
      same(String.format(Locale.ROOT, "%." + r.nextInt(12) + "f", v));
    }
    same("7");
    same("-0.5");
    same("123456789012345");
    same(".5");
  }

  @Test
  void anythingElseIsLeftToTheGeneralReading() {
    for (String s : new String[] {"1e-5", "", "-", ".", "1.2.3", "NaN", "1234567890123456", "+1"}) {
      assertTrue(Double.isNaN(TopicModel.plainDecimal(s, 0)), s);
    }
  }
}

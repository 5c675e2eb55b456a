package speechsearch.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import speechsearch.analysis.Glossary;
import speechsearch.analysis.SpeechAnalyzer;
import speechsearch.analysis.TokenizerChoice;
import speechsearch.ingest.topic.TopicClassifier;
import speechsearch.ingest.topic.TopicModel;
import speechsearch.speech.Speech;
import speechsearch.speech.Unit;
import speechsearch.testing.BareSpeech;
import speechsearch.vocabulary.Taxonomy;

/**
 * The trainer on a small made-up labelled set of the test taxonomy: what it learns from words that
 * are no topic's keywords, and that a fit is the same every time (its gradient is summed in fixed
 * chunks on parallel threads).
 */
class TopicTrainerTest {
  private static final TopicTrainer.Settings FAST =
      new TopicTrainer.Settings(2, 1e-4, 1e-3, 120, 0.05, 0.01);

  // words that are in none of tiny-topics.tsv's keyword lists, each tied to one label
  private static final Map<String, String> CUES =
      Map.of(
          "营养午餐", "教育/学前教育",
          "集装箱吞吐量", "交通/港口",
          "职称评聘", "教育/教师队伍建设",
          "货运航线", "交通/水运");

  private static final String[] FILLER = {
    "今年要进一步加大工作力度，", "各地要结合实际抓好落实，", "确保各项任务按期完成，", "切实提高群众满意度，"
  };

  private static Taxonomy taxonomy() throws IOException {
    try (InputStream in = TopicTrainerTest.class.getResourceAsStream("/topics/tiny-topics.tsv")) {
      return Taxonomy.parse(in.readAllBytes(), "tiny-topics.tsv");
    }
  }

  private static Unit measure(String id, String text) {
    return new Unit(id, Unit.MEASURE, "一是", 1, "", text, List.of(), List.of(), List.of(), "");
  }

  /** Eight speeches of six measures each, every measure one cue word among filler, labelled. */
  private static List<LabelledSet.Found> labelledSet() {
    List<String> cues = new ArrayList<>(CUES.keySet());
    java.util.Collections.sort(cues);
    List<LabelledSet.Found> out = new ArrayList<>();
    for (int s = 0; s < 8; s++) {
      List<Unit> units = new ArrayList<>();
      for (int m = 0; m < 6; m++) {
        String cue = cues.get((s + m) % cues.size());
        String text = FILLER[m % 4] + "围绕" + cue + "开展工作，" + FILLER[(m + s) % 4] + "。";
        units.add(measure("s" + s + "-" + m, text));
      }
      Speech sp = BareSpeech.of("s" + s, units);
      for (Unit u : units) {
        String label =
            CUES.entrySet().stream()
                .filter(e -> u.text().contains(e.getKey()))
                .findFirst()
                .orElseThrow()
                .getValue();
        LabelledSet.Labelled l =
            new LabelledSet.Labelled(
                sp.id() + "/" + u.id(),
                sp.id(),
                "measure",
                null,
                null,
                List.of(label),
                label,
                "train");
        out.add(new LabelledSet.Found(l, sp, u));
      }
    }
    return out;
  }

  private static TopicModel fit(Taxonomy t, List<LabelledSet.Found> set) {
    try (SpeechAnalyzer a =
        SpeechAnalyzer.create(
            Glossary.bundled(), SpeechAnalyzer.Mode.INDEX, TokenizerChoice.FAST)) {
      TopicTrainer trainer = new TopicTrainer(t, a, FAST);
      return trainer.fit(set.stream().map(trainer::example).toList(), Map.of(), List.of("test"));
    }
  }

  @Test
  void learnsLabelsFromWordsThatAreNoKeywordAndFitsTheSameEveryTime() throws IOException {
    Taxonomy t = taxonomy();
    List<LabelledSet.Found> set = labelledSet();
    TopicModel model = fit(t, set);
    TopicClassifier c = new TopicClassifier(t, model);
    for (Map.Entry<String, String> e : CUES.entrySet()) {
      Unit u = measure("new-1", "新的一年，" + e.getKey() + "工作要再上台阶。");
      List<String> got = c.label(BareSpeech.of("new", List.of(u))).sections().get(0).topicLabels();
      assertEquals(e.getValue(), got.isEmpty() ? null : got.get(0), e.getKey() + ": " + got);
    }
    assertEquals(model.format(), fit(t, set).format(), "a second fit of the same set");
  }
}

package speechsearch.ingest.topic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import speechsearch.ingest.SpeechJson;
import speechsearch.speech.Speech;
import speechsearch.speech.Topic;
import speechsearch.speech.Unit;
import speechsearch.testing.BareSpeech;
import speechsearch.vocabulary.Taxonomy;

/**
 * The classifier's mechanics on a two-area taxonomy and a hand-made model whose words push their
 * own labels: what it reads of a unit, and how probabilities become labels. What the bundled model
 * gives on real units is held by TopicModelAccuracyTest.
 */
class TopicClassifierTest {

  static byte[] resource(String name) throws IOException {
    try (InputStream in = TopicClassifierTest.class.getResourceAsStream("/topics/" + name)) {
      return in.readAllBytes();
    }
  }

  static TopicClassifier tiny() throws IOException {
    return tiny(java.util.Map.of());
  }

  static TopicClassifier tiny(java.util.Map<String, Double> params) throws IOException {
    Taxonomy t = Taxonomy.parse(resource("tiny-topics.tsv"), "tiny-topics.tsv");
    TopicModel m = TopicModel.parse(resource("tiny-model.tsv"), "tiny-model.tsv");
    return new TopicClassifier(t, m.withParams(params));
  }

  private static List<String> labels(TopicClassifier c, String heading, String text) {
    Unit u =
        new Unit("s-1", Unit.MEASURE, "一是", 1, heading, text, List.of(), List.of(), List.of(), "");
    Speech s = speech(List.of(u));
    return c.label(s).sections().get(0).topicLabels();
  }

  private static Speech speech(List<Unit> units) {
    return BareSpeech.of("s", units);
  }

  @Test
  void labelsWithScoresRoundTripAndATreeStoredWithBareLabelsStillReads() throws IOException {
    Speech s = tiny().label(speech(List.of()));
    Speech labelled =
        s.withTopics(List.of(new Topic("教育/教师", 0.75), new Topic("交通", 0.2)), List.of());
    assertEquals(labelled, SpeechJson.read(SpeechJson.compact(labelled)));
    String old =
        SpeechJson.compact(labelled).replace("{\"label\":\"教育/教师\",\"score\":0.75}", "\"教育/教师\"");
    assertTrue(old.contains("\"topics\":[\"教育/教师\","), old);
    assertEquals(
        List.of(new Topic("教育/教师", 0), new Topic("交通", 0.2)), SpeechJson.read(old).topics());
  }

  @Test
  void aTopicWordGivesItsTopic() throws IOException {
    assertEquals(List.of("教育/教师队伍建设"), labels(tiny(), "加强教师培训", "提高教师素质。"));
  }

  @Test
  void anAreaWithoutATopicAboveItsThresholdIsAnAreaLabel() throws IOException {
    // 学校 moves the area only: an overview of the area
    assertEquals(List.of("教育"), labels(tiny(), "办好每一所学校", "学校建设。"));
  }

  @Test
  void nothingKnownGivesNoLabel() throws IOException {
    assertEquals(List.of(), labels(tiny(), "同志们", "下面我讲三点意见。"));
  }

  @Test
  void theHeadingsAboveAUnitAreNeverRead() throws IOException {
    Unit u =
        new Unit(
            "s-1.1",
            Unit.MEASURE,
            "一是",
            1,
            "抓好统筹",
            "要抓好统筹。",
            List.of("加强教师队伍建设"),
            List.of(),
            List.of(),
            "");
    Unit section =
        new Unit(
            "s-1",
            Unit.SECTION,
            "一、",
            1,
            "加强教师队伍建设",
            "一、加强教师队伍建设",
            List.of(),
            List.of(),
            List.of(u),
            "");
    Speech labelled = tiny().label(speech(List.of(section)));
    assertEquals(List.of("教育/教师队伍建设"), labelled.sections().get(0).topicLabels());
    assertEquals(List.of(), labelled.sections().get(0).children().get(0).topicLabels());
  }

  @Test
  void aSectionIsReadWithEverythingUnderIt() throws IOException {
    Unit child =
        new Unit(
            "s-1.1",
            Unit.MEASURE,
            "一是",
            1,
            "修建公路",
            "一是修建公路，公路通到每个村。",
            List.of("工作"),
            List.of(),
            List.of(),
            "");
    Unit section =
        new Unit(
            "s-1",
            Unit.SECTION,
            "一、",
            1,
            "做好工作",
            "一、做好工作",
            List.of(),
            List.of(),
            List.of(child),
            "");
    Speech labelled = tiny().label(speech(List.of(section)));
    assertEquals(List.of("交通/道路"), labelled.sections().get(0).topicLabels());
    assertEquals(List.of("交通/道路"), labelled.topicLabels(), "the speech reads all of it too");
  }

  @Test
  void atMostThreeLabelsTheMainSubjectFirstEachWithItsScore() throws IOException {
    Speech s =
        tiny()
            .label(
                speech(
                    List.of(
                        new Unit(
                            "s-1",
                            Unit.MEASURE,
                            "一是",
                            1,
                            "教师",
                            "教师 幼儿园 公路 安全 港口",
                            List.of(),
                            List.of(),
                            List.of(),
                            ""))));
    List<Topic> topics = s.sections().get(0).topics();
    assertTrue(topics.size() <= 3 && topics.size() >= 2, topics.toString());
    for (int i = 2; i < topics.size(); i++) {
      assertTrue(topics.get(i - 1).score() >= topics.get(i).score(), topics.toString());
    }
    for (Topic t : topics) assertTrue(t.score() > 0 && t.score() <= 1, topics.toString());
  }

  @Test
  void aLabelTheModelLacksScoresOnItsKeywords() throws IOException {
    // 交通/港口 and 交通/水运 are in the taxonomy but not in the model
    TopicClassifier c = tiny();
    assertEquals(List.of("交通/港口", "交通/水运"), c.labelsWithoutModel());
    assertEquals(List.of("交通"), labels(c, "建设码头", "码头 码头。港口建设。"));
    TopicClassifier keywords =
        tiny(java.util.Map.of("keywordShareTopic", 20.0, "unseenBias", -3.0));
    assertEquals(List.of("交通/港口"), labels(keywords, "建设码头", "码头 码头。港口建设。"));
  }

  @Test
  void aKeywordDoesNotHideAWordInsideIt() throws IOException {
    // 校园安全 is a keyword of the taxonomy; 安全 inside it is still the model's word
    assertEquals(List.of("教育/校园安全"), labels(tiny(), "抓好校园安全", "抓好校园安全。"));
  }

  @Test
  void aWordInsideALongerWordOfTheModelIsNotCounted() throws IOException {
    TopicFeatures f = new TopicFeatures(List.of("教师", "乡村教师"), List.of(List.of(), List.of()));
    TopicFeatures.Counts c = f.count("乡村教师和教师");
    assertEquals(List.of(0, 1), java.util.Arrays.stream(c.words()).boxed().toList());
    assertEquals(List.of(1, 1), java.util.Arrays.stream(c.wordCounts()).boxed().toList());
  }
}

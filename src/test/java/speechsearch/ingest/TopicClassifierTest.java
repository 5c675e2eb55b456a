package speechsearch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TopicClassifierTest {

  private static final TopicClassifier CLASSIFIER = TopicClassifier.loadDefault();

  @Test
  void ruralTeacherPayIsTeacherWorkforce() {
    List<String> topics =
        CLASSIFIER.classify("提高乡村教师待遇", "落实乡村教师生活补助，完善职称评聘向乡村教师倾斜的政策。", List.of());
    assertEquals("教育/教师队伍建设", topics.get(0));
  }

  @Test
  void schoolBullyingIsCampusSafety() {
    List<String> topics = CLASSIFIER.classify("严防校园欺凌", "开展学生欺凌专项治理，健全防控工作机制。", List.of());
    assertEquals("教育/校园安全", topics.get(0));
  }

  @Test
  void elderlyCareIsSocialSecurity() {
    List<String> topics = CLASSIFIER.classify("发展养老服务", "完善社区居家养老服务网络，扩大普惠养老服务供给。", List.of());
    assertEquals("就业与社会保障/社会保障", topics.get(0));
  }

  @Test
  void terseMeasureInheritsItsSectionTopic() {
    List<String> topics =
        CLASSIFIER.classify("一是抓好统筹", "要抓好统筹，压实责任。", List.of("加强学前教育普惠发展", "着力办好普惠性幼儿园"));
    assertEquals(List.of("教育/学前教育"), topics);
  }

  @Test
  void ownWordsOutweighContext() {
    List<String> topics = CLASSIFIER.classify("加强校园安全管理", "开展防溺水教育和隐患排查。", List.of("加强教师队伍建设"));
    assertEquals("教育/校园安全", topics.get(0));
  }

  @Test
  void atMostThreeTopicsInScoreOrder() {
    List<String> topics =
        CLASSIFIER.classify(
            "统筹推进各项工作", "教师 校园安全 幼儿园 职业教育 高校 德育 体育 数字化 经费 督导 家校 党建 就业 养老 医疗 生态", List.of());
    assertTrue(topics.size() <= 3 && !topics.isEmpty(), topics.toString());
  }

  @Test
  void nothingMatchedGivesNoTopic() {
    assertEquals(List.of(), CLASSIFIER.classify("同志们", "下面我讲三点意见。", List.of()));
  }

  @Test
  void allTopicsFollowFileOrder() {
    List<String> all = CLASSIFIER.allTopics();
    assertEquals("教育/教师队伍建设", all.get(0));
    assertTrue(all.contains("教育/党建与组织保障"));
    assertTrue(all.contains("乡村振兴/乡村振兴"));
    assertTrue(all.size() >= 25);
  }

  @Test
  void userFileReplacesTheDefault(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("topics.tsv");
    Files.writeString(file, "# mine\n交通\t道路\t公路 高速 桥梁\n", StandardCharsets.UTF_8);
    TopicClassifier mine = TopicClassifier.load(file);
    assertEquals(List.of("交通/道路"), mine.allTopics());
    assertEquals(List.of("交通/道路"), mine.classify("新建高速公路", "", List.of()));
    assertEquals(List.of(), mine.classify("提高乡村教师待遇", "", List.of()));
  }
}

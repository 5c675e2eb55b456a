package speechsearch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import speechsearch.analysis.Glossary;
import speechsearch.analysis.SpeechAnalyzer;
import speechsearch.analysis.TokenizerChoice;
import speechsearch.ingest.SpeechIngester;

/**
 * What a reindex makes of a folder beyond parsing each file: one speech from two sources (one of
 * them in traditional script) is indexed once with both sources recorded, and terms quoted in two
 * different speeches (a copy does not count twice) join the generation's glossary.
 */
class ReindexerTest {
  @TempDir Path dir;

  private static final String SPEECH =
      """
      在2024年全县教育工作会议上的讲话
      同志们：
      今天召开全县教育工作会议，主要任务是总结去年工作，部署今年任务。
      一、过去一年的主要成绩
      一是推进“三抓三促”行动，乡镇中心学校办学条件明显改善，新建校舍三万平方米。
      二是推行“一校一策”，城区学校与农村学校结对帮扶，共享课程资源和骨干教师。
      三是加强乡村教师队伍建设，落实乡村教师生活补助，改善教师周转宿舍条件。
      二、今年的重点任务
      一是深化课堂教学改革，推广优秀教学成果，提高课堂教学质量和学生综合素质。
      二是加强学校安全管理，开展校园安全隐患排查整治，确保师生生命财产安全。
      三是推进教育数字化，建设智慧校园，提升教师信息技术应用能力和水平。
      同志们，让我们团结一心，开拓进取，为办好人民满意的教育而努力奋斗！
      """;

  private static final String OTHER =
      """
      在2024年全市乡村振兴工作会议上的讲话
      同志们：
      一、突出重点抓落实
      一是开展“三抓三促”行动，完善集镇基础设施，提升乡镇综合服务能力。
      二是发展壮大村级集体经济，培育特色产业，带动农民持续增收致富。
      三是改善农村人居环境，推进厕所革命和生活污水治理，建设宜居宜业和美乡村。
      """;

  /**
   * A freak file of thousands of paragraphs goes to the index in batches (each of its documents
   * analysed and held only until its batch is added), and none is lost on the way. Progress reports
   * open each phase with a zero count, so rates and ETAs count the first file's time too.
   */
  /**
   * A second reindex takes the parsed tree of each unchanged file from the live generation; a file
   * whose bytes or sidecar metadata changed is parsed again, and the trees come out as a fresh
   * parse would make them.
   */
  @Test
  void aReindexReusesTheTreesOfUnchangedFilesOnly() throws Exception {
    Path src = Files.createDirectories(dir.resolve("again"));
    Files.writeString(src.resolve("a.txt"), SPEECH, StandardCharsets.UTF_8);
    Files.writeString(src.resolve("c.txt"), OTHER, StandardCharsets.UTF_8);
    IndexLayout layout = new IndexLayout(dir.resolve("index"));
    Reindexer reindexer = new Reindexer(SpeechIngester.withDefaults(), TokenizerChoice.FAST, 2);

    ReindexReport first = reindexer.reindex(List.of(src), layout, Reindexer.Progress.NONE);
    assertEquals(0, first.reused());
    Map<String, String> trees = storedTrees(layout);

    ReindexReport second = reindexer.reindex(List.of(src), layout, Reindexer.Progress.NONE);
    assertEquals(2, second.reused(), "both files unchanged");
    assertEquals(trees, storedTrees(layout), "reused trees are the trees a parse gives");

    Files.writeString(src.resolve("a.txt"), SPEECH.replace("三万", "五万"), StandardCharsets.UTF_8);
    Files.writeString(src.resolve("c.txt.json"), "{\"title\": \"乡村振兴讲话\"}", StandardCharsets.UTF_8);
    ReindexReport third = reindexer.reindex(List.of(src), layout, Reindexer.Progress.NONE);
    assertEquals(0, third.reused(), "a.txt changed its text, c.txt its sidecar");
    Map<String, String> now = storedTrees(layout);
    assertTrue(now.get("a").contains("五万"), now.get("a"));
    assertTrue(now.get("c").contains("\"title\":\"乡村振兴讲话\""), now.get("c"));
  }

  /** Speech id to stored tree JSON in the live generation. */
  static Map<String, String> storedTrees(IndexLayout layout) throws Exception {
    Map<String, String> out = new java.util.TreeMap<>();
    try (FSDirectory d = FSDirectory.open(layout.current().orElseThrow());
        DirectoryReader reader = DirectoryReader.open(d)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      for (var hit :
          searcher.search(new TermQuery(new Term(Schema.KIND, Schema.KIND_SPEECH)), 100)
              .scoreDocs) {
        var doc = searcher.storedFields().document(hit.doc);
        out.put(doc.get(Schema.ID), doc.get(Schema.SPEECH_JSON));
      }
    }
    return out;
  }

  @Test
  void aSpeechOfThousandsOfParagraphsIsIndexedWholeAndPhasesReportTheirStart() throws Exception {
    Path src = Files.createDirectories(dir.resolve("big"));
    int paragraphs = SpeechDocuments.BATCH * 2 + 123;
    StringBuilder text = new StringBuilder("在2024年全县教育工作会议上的讲话\n同志们：\n");
    for (int i = 0; i < paragraphs; i++) {
      text.append("第").append(i).append("段，加强乡村教师队伍建设，落实教师生活补助。\n");
    }
    Files.writeString(src.resolve("big.txt"), text, StandardCharsets.UTF_8);
    List<String> events = new ArrayList<>();
    IndexLayout layout = new IndexLayout(dir.resolve("index"));
    ReindexReport r =
        new Reindexer(SpeechIngester.withDefaults(), TokenizerChoice.FAST, 2)
            .reindex(
                List.of(src),
                layout,
                (phase, done, total, bytes) -> events.add(phase + " " + done + "/" + total));
    // one document per paragraph (同志们： is one too) and one for the speech
    int expected = paragraphs + 2;
    assertEquals(expected, r.documents());
    assertEquals("parse 0/1", events.get(0), events.toString());
    assertTrue(events.contains("index 0/1"), events.toString());
    assertTrue(
        events.indexOf("index 0/1") < events.indexOf("index 1/1"),
        "the index phase opens before its first speech is done: " + events);
    try (FSDirectory d = FSDirectory.open(layout.current().orElseThrow());
        DirectoryReader reader = DirectoryReader.open(d)) {
      assertEquals(expected, reader.numDocs());
      IndexSearcher searcher = new IndexSearcher(reader);
      assertEquals(1, searcher.count(new TermQuery(new Term(Schema.KIND, Schema.KIND_SPEECH))));
    }
  }

  @Test
  void pagesWithoutATitleOrWithOnlyChromeAreIndexedAndListedNotFailed() throws Exception {
    Path src = Files.createDirectories(dir.resolve("untitled"));
    Files.writeString(src.resolve("a_speech.txt"), SPEECH, StandardCharsets.UTF_8);
    Files.writeString(
        src.resolve("b_chrome.txt"), "首页\n返回 下载 相关 举报\n侵权投诉\nVIP专免\n", StandardCharsets.UTF_8);
    Files.writeString(
        src.resolve("c_no_title.txt"),
        "各位老师、同学们:\n新学期开始了,希望大家珍惜时光,努力学习,在新的学年里取得更大的进步。\n",
        StandardCharsets.UTF_8);
    ReindexReport r =
        new Reindexer(SpeechIngester.withDefaults(), TokenizerChoice.FAST, 2)
            .reindex(List.of(src), new IndexLayout(dir.resolve("index")), Reindexer.Progress.NONE);
    assertEquals(3, r.speeches());
    assertEquals(List.of(), r.skipped());
    assertEquals(2, r.untitled().size(), r.untitled().toString());
    assertTrue(r.untitled().get(0).file().endsWith("b_chrome.txt"));
    assertTrue(r.untitled().get(0).reason().startsWith("nothing left after removing"));
    assertTrue(r.untitled().get(1).file().endsWith("c_no_title.txt"));
    assertTrue(r.untitled().get(1).reason().startsWith("no title line"));
  }

  @Test
  void oneSpeechFromTwoSourcesIsIndexedOnceAndQuotedTermsJoinTheGlossary() throws Exception {
    Path src = Files.createDirectories(dir.resolve("src"));
    Files.writeString(src.resolve("a_simplified.txt"), SPEECH, StandardCharsets.UTF_8);
    // the same speech as a traditional-script page would give it
    String traditional =
        SPEECH
            .replace("会议", "會議")
            .replace("学校", "學校")
            .replace("教师", "教師")
            .replace("乡村", "鄉村")
            .replace("发", "發");
    Files.writeString(src.resolve("b_traditional.txt"), traditional, StandardCharsets.UTF_8);
    Files.writeString(src.resolve("c_other.txt"), OTHER, StandardCharsets.UTF_8);

    IndexLayout layout = new IndexLayout(dir.resolve("index"));
    ReindexReport r =
        new Reindexer(SpeechIngester.withDefaults(), TokenizerChoice.FAST, 2)
            .reindex(List.of(src), layout, Reindexer.Progress.NONE);

    assertEquals(3, r.filesRead());
    assertEquals(2, r.speeches(), "the traditional copy is not a speech of its own");
    assertEquals(1, r.duplicates().size());
    ReindexReport.Duplicate d = r.duplicates().get(0);
    assertTrue(d.kept().endsWith("a_simplified.txt"), "the simplified copy is kept: " + d);
    assertTrue(d.alsoFrom().endsWith("b_traditional.txt"), d.toString());

    Map<String, List<String>> terms =
        Glossary.load(layout.current().orElseThrow().resolve(Glossary.FILE_NAME)).terms();
    Map<String, List<String>> bundled = Glossary.bundled().terms();
    try (SpeechAnalyzer a =
        SpeechAnalyzer.create(Glossary.empty(), SpeechAnalyzer.Mode.INDEX, TokenizerChoice.FAST)) {
      for (String t : List.of("三抓三促", "一校一策")) {
        assertFalse(bundled.containsKey(t), t + " must come from mining, not the shipped list");
        assertTrue(
            SpeechAnalyzer.tokens(a, t).stream().filter(x -> x.length() == 1).count() >= 2,
            "SmartCN splits " + t + ", so it is a candidate");
      }
    }
    assertTrue(terms.containsKey("三抓三促"), "quoted in two speeches: " + terms.keySet());
    assertFalse(
        terms.containsKey("一校一策"), "quoted in one speech (twice, through its copy) is not enough");
  }
}

package speechsearch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import speechsearch.ingest.clean.TextCleaner;
import speechsearch.ingest.read.DocumentReader;
import speechsearch.speech.Speech;
import speechsearch.speech.Unit;
import speechsearch.testing.Shared;

/**
 * Unit boundaries on every report of ../shared/corpus and every seed: no unit's text holds another
 * unit's heading, no heading runs past its first sentence, no one-paragraph measure (一是…, 第一，…)
 * runs on into paragraphs that start a new subject, and the parts of each speech are its body.
 * Skips with a reason when ../shared is absent.
 */
class CorpusStructureTest {
  /** Openings that start a new subject: an address, a summing up, the turn to the problems. */
  private static final Pattern NEW_SUBJECT =
      Pattern.compile("^(各位代表|同志们|与此同时|总之|总的来看|在充分肯定成绩的同时|我们也清醒|我们也要清醒)");

  private record Parsed(Path file, Speech speech, String body) {
    boolean is(String name) {
      return file.getFileName().toString().equals(name);
    }
  }

  /**
   * Three reports whose text defeats the checks, each asserted below: the ropensci copy of 1991
   * holds its text twice (the second copy's units repeat headings inside the first's); the report
   * of 1977 has no 第一 in its main list, so the inline "第一，改过来；第二，改不过来" starts it and 第二 runs to 第三,
   * sixty paragraphs on; the wikisource copy of 1978 announces its parts in one line
   * ("报告分六个部分：一、…；二、…") that is read as the parts themselves, so the parts' own headings are text
   * (a table of contents inside a paragraph, which cleaning does not remove yet).
   */
  private static final String TWICE = "natl_gwr_ropensci_1991.txt";

  private static final String INLINE_CONTENTS = "natl_gwr_wikisource_1978.txt";

  private static final String NO_FIRST = "cpc_congress_11_1977_6.txt";

  @Test
  void theThreeExceptionsAreWhatTheySay() {
    for (Parsed p : ALL) {
      if (p.is(TWICE)) {
        String marker = "（一）农业生产全面丰收，主要农产品大幅度增产。";
        int first = p.body().indexOf(marker);
        assertTrue(first >= 0 && p.body().indexOf(marker, first + 1) > first, TWICE);
      }
      if (p.is(INLINE_CONTENTS)) {
        assertTrue(p.body().contains("报告分六个部分：一、三年来的斗争和新时期的总任务；"), INLINE_CONTENTS);
        assertTrue(p.body().contains("\n一、三年来的斗争和新时期的总任务\n"), INLINE_CONTENTS);
      }
      if (p.is(NO_FIRST)) {
        assertTrue(p.body().contains("：第一，改过来；第二，改不过来。"), NO_FIRST);
        assertTrue(p.body().contains("\n第二，一定要搞好整党整风"), NO_FIRST);
        assertFalse(p.body().contains("\n第一，"), NO_FIRST);
      }
    }
  }

  private static final List<Parsed> ALL = new ArrayList<>();

  @BeforeAll
  static void parseEverything() throws IOException {
    Path corpus = Shared.require("corpus");
    List<Path> files = new ArrayList<>(DocumentReader.listInputs(List.of(corpus)));
    files.addAll(DocumentReader.listInputs(List.of(Shared.dir().resolve("seeds"))));
    SpeechIngester ingester = SpeechIngester.withDefaults();
    DocumentReader reader = new DocumentReader();
    TextCleaner cleaner = new TextCleaner();
    for (Path f : files) {
      String body = cleaner.clean(reader.read(f).text()).bodyText();
      ALL.add(new Parsed(f, ingester.ingest(f), body));
    }
    assertTrue(ALL.size() >= 150, "files parsed: " + ALL.size());
  }

  @Test
  void noUnitsTextHoldsAnotherUnitsHeading() {
    for (Parsed p : ALL) {
      if (p.is(TWICE) || p.is(INLINE_CONTENTS)) continue;
      List<Unit> units = new ArrayList<>();
      flatten(p.speech().sections(), units);
      for (Unit u : units) {
        for (Unit v : units) {
          if (v == u || v.marker().isEmpty() || v.heading().length() < 4) continue;
          String lead = v.marker() + v.heading();
          // a source that repeats a passage repeats its units too: the copy is text of the unit
          // itself or, after the unit's list, of the section around it
          if (lead.equals(u.marker() + u.heading()) || v.id().startsWith(u.id() + ".")) continue;
          for (String part : List.of(u.text(), u.tail())) {
            assertFalse(
                startsALine(part, lead),
                p.file() + ": " + u.id() + " holds the heading of " + v.id());
          }
        }
      }
    }
  }

  @Test
  void noHeadingRunsPastItsFirstSentence() {
    for (Parsed p : ALL) {
      List<Unit> units = new ArrayList<>();
      flatten(p.speech().sections(), units);
      for (Unit u : units) {
        String where = p.file() + ": " + u.id() + " «" + u.heading() + "»";
        assertFalse(u.heading().isBlank(), where + " has no heading");
        assertTrue(
            u.heading().chars().noneMatch(c -> "。！？；!?;\n".indexOf(c) >= 0),
            where + " runs past its first sentence");
        if (!u.marker().isEmpty()) {
          String after = u.text().substring(u.marker().length()).stripLeading();
          assertTrue(after.startsWith(u.heading()), where + " is not the start of its text");
        }
      }
    }
  }

  @Test
  void noRunInMeasureSpansParagraphsThatStartANewSubject() {
    int runIn = 0;
    for (Parsed p : ALL) {
      if (p.is(NO_FIRST)) continue;
      List<Unit> units = new ArrayList<>();
      flatten(p.speech().sections(), units);
      for (Unit u : units) {
        boolean runInStyle =
            u.marker().endsWith("是") || u.marker().endsWith("要") || u.marker().startsWith("第");
        String[] paragraphs = u.text().split("\n");
        // run in: the measure's paragraph goes on after its heading (a heading line is a section's)
        boolean runsIn = paragraphs[0].length() > u.marker().length() + u.heading().length() + 1;
        if (!runInStyle || !runsIn || !u.children().isEmpty()) continue;
        runIn++;
        for (int i = 1; i < paragraphs.length; i++) {
          assertFalse(
              NEW_SUBJECT.matcher(paragraphs[i]).find(),
              p.file() + ": " + u.id() + " runs on into «" + paragraphs[i] + "»");
        }
      }
    }
    assertTrue(runIn > 300, "run-in measures checked: " + runIn);
  }

  @Test
  void theSpeechsPartsHoldItsBodyExactlyOnce() {
    for (Parsed p : ALL) {
      assertEquals(
          squeeze(p.body()), squeeze(String.join("", p.speech().texts())), p.file().toString());
    }
  }

  @Test
  void noCompleteCorpusReportIsMarkedIncomplete() {
    for (Parsed p : ALL) {
      if (p.file().toString().contains("corpus")) {
        assertFalse(p.speech().truncated(), p.file() + " is a complete report");
      }
    }
  }

  private static boolean startsALine(String text, String lead) {
    int at = text.indexOf(lead);
    while (at >= 0) {
      if (at == 0 || "\n。；！？：".indexOf(text.charAt(at - 1)) >= 0) return true;
      at = text.indexOf(lead, at + 1);
    }
    return false;
  }

  private static void flatten(List<Unit> units, List<Unit> out) {
    for (Unit u : units) {
      out.add(u);
      flatten(u.children(), out);
    }
  }

  private static String squeeze(String s) {
    return s.replaceAll("\\s+", "");
  }
}

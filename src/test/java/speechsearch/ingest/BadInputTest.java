package speechsearch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import speechsearch.ingest.read.UnreadableFileException;
import speechsearch.speech.Speech;

/** Files that are not clean speeches get a clear message or a sensible speech, never a crash. */
class BadInputTest {
  private static final SpeechIngester INGESTER = SpeechIngester.withDefaults();
  @TempDir Path dir;

  @Test
  void anEmptyFileIsReportedAsHavingNoText() throws IOException {
    Path f = Files.writeString(dir.resolve("empty.txt"), "");
    UnreadableFileException e =
        assertThrows(UnreadableFileException.class, () -> INGESTER.ingest(f));
    assertTrue(
        e.getMessage().contains("empty.txt") && e.getMessage().contains("no text"), e.getMessage());
  }

  @Test
  void aBinaryFileIsReportedNotParsed() throws IOException {
    byte[] bytes = new byte[4096];
    new Random(7).nextBytes(bytes);
    Path f = Files.write(dir.resolve("blob.txt"), bytes);
    UnreadableFileException e =
        assertThrows(UnreadableFileException.class, () -> INGESTER.ingest(f));
    assertTrue(e.getMessage().contains("blob.txt"), e.getMessage());
  }

  @Test
  void aFileMixingUtf8AndGb18030IsReportedNotMisDecoded() throws IOException {
    byte[] utf8 = "在全市教育工作会议上的讲话。同志们，今天我们召开会议。".repeat(20).getBytes(StandardCharsets.UTF_8);
    byte[] gb =
        "一、加强教师队伍建设。落实乡村教师生活补助政策。".repeat(20).getBytes(java.nio.charset.Charset.forName("GB18030"));
    byte[] both = new byte[utf8.length + gb.length];
    System.arraycopy(utf8, 0, both, 0, utf8.length);
    System.arraycopy(gb, 0, both, utf8.length, gb.length);
    Path f = Files.write(dir.resolve("mixed.txt"), both);
    UnreadableFileException e =
        assertThrows(UnreadableFileException.class, () -> INGESTER.ingest(f));
    assertTrue(e.getMessage().contains("GB18030"), e.getMessage());
  }

  @Test
  void aZipBombDisguisedAsWordIsRefused() throws IOException {
    Path f = dir.resolve("bomb.docx");
    try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(f))) {
      zip.putNextEntry(new java.util.zip.ZipEntry("[Content_Types].xml"));
      zip.write(
          "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"
              .getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
      zip.putNextEntry(new java.util.zip.ZipEntry("word/document.xml"));
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 200; i++) zip.write(zeros); // 200 MB that deflate to about 200 KB
      zip.closeEntry();
    }
    assertTrue(Files.size(f) < 2_000_000);
    UnreadableFileException e =
        assertThrows(UnreadableFileException.class, () -> INGESTER.ingest(f));
    assertTrue(e.getMessage().contains("bomb.docx"), e.getMessage());
  }

  @Test
  void aFileWithoutMarkersKeepsAllItsTextInThePreamble() throws IOException {
    String text = "同志们:\n今天我们召开会议,研究部署全年教育工作。\n希望大家认真抓好落实。\n";
    Speech s = INGESTER.ingest(Files.writeString(dir.resolve("plain.txt"), text));
    assertTrue(s.sections().isEmpty());
    assertEquals("同志们:\n今天我们召开会议,研究部署全年教育工作。\n希望大家认真抓好落实。", s.preamble());
  }

  @Test
  void aMarkersOnlyFileGivesUnitsWithoutInventedText() throws IOException {
    Speech s = INGESTER.ingest(Files.writeString(dir.resolve("markers.txt"), "一、\n二、\n三、\n"));
    // bare markers are joined to the next line, so they read as one sequence of short units
    assertTrue(s.sections().size() <= 3);
    s.sections().forEach(u -> assertTrue(u.text().startsWith(u.marker())));
  }

  @Test
  void aFiftyMegabyteFileParsesIntoItsTenSectionsWithoutLosingText() throws IOException {
    bigFileKeepsItsStructureAndText(4_600, 50);
  }

  /** The long version (tag slow): a 200 MB file, within the reader's 256 MB limit. */
  @Test
  @Tag("slow")
  void aTwoHundredMegabyteFileParsesIntoItsTenSectionsWithoutLosingText() throws IOException {
    bigFileKeepsItsStructureAndText(18_400, 200);
  }

  private void bigFileKeepsItsStructureAndText(int parasPerItem, long minMegabytes)
      throws IOException {
    Path f = dir.resolve("big.txt");
    String para = "加强乡村教师队伍建设。落实乡村教师生活补助政策,完善教师交流轮岗制度,提高教师待遇。\n";
    long chars = 0;
    try (Writer w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
      w.write("在全市教育工作会议上的讲话\n同志们:\n");
      for (int section = 1; section <= 10; section++) {
        w.write(chinese(section) + "、重点任务\n");
        for (int item = 1; item <= 9; item++) {
          w.write("(" + chinese(item) + ")具体措施\n");
          for (int i = 0; i < parasPerItem; i++) {
            w.write(para);
            chars += para.length() - 1;
          }
        }
      }
    }
    assertTrue(Files.size(f) > minMegabytes * 1000 * 1000, "size " + Files.size(f));
    long t0 = System.nanoTime();
    Speech s = INGESTER.ingest(f);
    System.out.printf(
        "%d MB file ingested in %.1f s%n",
        Files.size(f) / 1_000_000, (System.nanoTime() - t0) / 1e9);
    assertEquals(10, s.sections().size());
    s.sections().forEach(u -> assertEquals(9, u.children().size()));
    long kept =
        s.sections().stream()
            .flatMap(u -> u.children().stream())
            .mapToLong(u -> u.text().replace("\n", "").length())
            .sum();
    assertTrue(kept >= chars, "body characters kept " + kept + " of " + chars);
  }

  private static String chinese(int n) {
    String d = "一二三四五六七八九";
    if (n < 10) return String.valueOf(d.charAt(n - 1));
    String tens = n / 10 == 1 ? "十" : d.charAt(n / 10 - 1) + "十";
    return n % 10 == 0 ? tens : tens + d.charAt(n % 10 - 1);
  }
}

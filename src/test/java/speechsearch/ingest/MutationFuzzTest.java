package speechsearch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import speechsearch.ingest.clean.TextCleaner;
import speechsearch.ingest.read.DocumentReader;
import speechsearch.ingest.read.UnreadableFileException;
import speechsearch.speech.Speech;
import speechsearch.testing.Shared;

/**
 * Seeded mutation fuzzing of the whole read path (reader, decoder, cleaner, parser, assembler) on
 * real inputs: the seeds, a sample of the corpus when ../shared is present, and Word and PDF files
 * built here. Each round damages one input at the byte level (flips, cuts, repeats, inserted junk)
 * or the text level (stray markers, chrome lines, broken lines, other encodings), then checks:
 * either a clear error that names the file, or a speech whose JSON is valid and whose preamble,
 * units, tails, closing and appendix hold every character of the cleaned body. The seed is printed;
 * rerun one with {@code -Dfuzz.seed=S}, more rounds with {@code -Dfuzz.rounds=N}.
 */
class MutationFuzzTest {
  private static final String[] MARKERS = {
    "一、", "二、", "（一）", "（三）", "(2)", "1.", "2、", "①", "②", "一是", "第四，", "三要", "十、"
  };
  private static final String[] CHROME = {
    "首页 > 新闻中心 > 领导讲话", "【打印本页】【关闭窗口】", "第2页", "上一页 下一页", "来源：县教育局", "（未完，请点击下一页）"
  };
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void damagedFilesGiveAClearErrorOrASpeechThatKeepsAllItsBodyText() throws Exception {
    long base = Long.getLong("fuzz.seed", System.nanoTime());
    int rounds = Integer.getInteger("fuzz.rounds", 400);
    System.out.println("MutationFuzzTest seed: " + base + ", rounds: " + rounds);
    List<Input> inputs = inputs();
    SpeechIngester ingester = SpeechIngester.withDefaults();
    DocumentReader reader = new DocumentReader();
    TextCleaner cleaner = new TextCleaner();
    int speeches = 0;
    int refused = 0;
    for (int round = 0; round < rounds; round++) {
      long seed = base + round;
      Random r = new Random(seed);
      Input in = inputs.get(r.nextInt(inputs.size()));
      Path file = dir.resolve("round" + round + "." + in.extension());
      Files.write(file, mutate(in, r));
      String where = "seed " + seed + " (" + in.name() + ")";
      Speech s;
      try {
        s = ingester.ingest(file);
      } catch (UnreadableFileException e) {
        assertTrue(e.getMessage().startsWith(file.toString()), where + ": " + e.getMessage());
        refused++;
        continue;
      } catch (Exception | StackOverflowError e) {
        throw new AssertionError(where + ": escaped " + e, e);
      }
      speeches++;
      String json = SpeechJson.compact(s);
      JSON.readTree(json); // throws on invalid JSON
      Speech back = SpeechJson.read(json);
      assertEquals(s, back, where + ": JSON does not round-trip");

      String body = cleaner.clean(reader.read(file).text()).bodyText();
      if (!squeeze(body).equals(squeeze(String.join("", s.texts())))) {
        fail(where + ": body text lost or changed between cleaning and the speech tree");
      }
    }
    System.out.printf("MutationFuzzTest: %d speeches, %d clear refusals%n", speeches, refused);
    assertEquals(rounds, speeches + refused);
  }

  record Input(String name, String extension, byte[] bytes) {}

  private List<Input> inputs() throws IOException {
    List<Input> out = new ArrayList<>();
    List<Path> texts = new ArrayList<>();
    try (Stream<Path> seeds = Files.list(Path.of("src/test/resources/seeds"))) {
      seeds.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(texts::add);
    }
    Path corpus = Shared.dir().resolve("corpus");
    if (Files.isDirectory(corpus)) {
      try (Stream<Path> files = Files.list(corpus)) {
        // a spread of the corpus: every 12th file, small enough to keep the run short
        List<Path> all = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        for (int i = 0; i < all.size(); i += 12) texts.add(all.get(i));
      }
    } else {
      System.out.println("MutationFuzzTest: " + corpus + " is absent, fuzzing the seeds only");
    }
    for (Path p : texts)
      out.add(new Input(p.getFileName().toString(), "txt", Files.readAllBytes(p)));
    String seed = Files.readString(texts.get(0), StandardCharsets.UTF_8);
    List<String> lines = seed.lines().filter(l -> !l.isBlank()).limit(60).toList();
    out.add(new Input("seed as html", "html", html(lines)));
    out.add(new Input("seed as docx", "docx", docx(lines)));
    out.add(new Input("pdf", "pdf", pdf()));
    return out;
  }

  private static byte[] mutate(Input in, Random r) {
    boolean text =
        (in.extension().equals("txt") || in.extension().equals("html")) && r.nextBoolean();
    if (text) {
      String t = new String(in.bytes(), StandardCharsets.UTF_8);
      int n = 1 + r.nextInt(6);
      for (int i = 0; i < n; i++) t = mutateText(t, r);
      Charset cs = r.nextInt(4) == 0 ? Charset.forName("GB18030") : StandardCharsets.UTF_8;
      return t.getBytes(cs);
    }
    byte[] b = in.bytes();
    int n = 1 + r.nextInt(4);
    for (int i = 0; i < n && b.length > 0; i++) b = mutateBytes(b, r);
    return b;
  }

  private static String mutateText(String t, Random r) {
    int at = t.isEmpty() ? 0 : r.nextInt(t.length());
    int lineStart = t.lastIndexOf('\n', Math.max(0, at - 1)) + 1;
    return switch (r.nextInt(9)) {
      case 0 -> insert(t, lineStart, MARKERS[r.nextInt(MARKERS.length)]);
      case 1 -> insert(t, lineStart, CHROME[r.nextInt(CHROME.length)] + "\n");
      case 2 -> insert(t, at, "\n"); // a line broken mid-sentence
      case 3 -> insert(t, at, " "); // a PDF space
      case 4 -> insert(t, at, "\r");
      case 5 -> insert(t, at, String.valueOf((char) (0xD800 + r.nextInt(0x800)))); // lone surrogate
      case 6 -> insert(t, at, "１２３４５６７８９０".substring(r.nextInt(10)));
      case 7 ->
          t.substring(0, lineStart) + t.substring(Math.min(t.length(), at)); // cut a line head
      default -> insert(t, lineStart, "<script>alert(1)</script>&amp;<b>加粗</b>\n");
    };
  }

  private static String insert(String t, int at, String s) {
    return t.substring(0, at) + s + t.substring(at);
  }

  private static byte[] mutateBytes(byte[] b, Random r) {
    int at = r.nextInt(b.length);
    return switch (r.nextInt(6)) {
      case 0 -> {
        byte[] c = b.clone();
        for (int k = 0; k < 1 + r.nextInt(8); k++)
          c[r.nextInt(c.length)] ^= (byte) (1 << r.nextInt(8));
        yield c;
      }
      case 1 -> Arrays.copyOf(b, at); // truncated
      case 2 ->
          concat(
              Arrays.copyOf(b, at),
              Arrays.copyOfRange(b, Math.min(b.length, at + 1 + r.nextInt(64)), b.length));
      case 3 -> {
        int len = Math.min(b.length - at, 1 + r.nextInt(512));
        yield concat(Arrays.copyOf(b, at + len), Arrays.copyOfRange(b, at, b.length)); // repeated
      }
      case 4 -> {
        byte[] junk = new byte[1 + r.nextInt(32)];
        r.nextBytes(junk);
        yield concat(concat(Arrays.copyOf(b, at), junk), Arrays.copyOfRange(b, at, b.length));
      }
      default -> {
        byte[] c = b.clone();
        Arrays.fill(c, at, Math.min(c.length, at + 1 + r.nextInt(256)), (byte) 0xFF);
        yield c;
      }
    };
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] c = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, c, a.length, b.length);
    return c;
  }

  private static String squeeze(String s) {
    return s.replaceAll("\\s+", "");
  }

  private static byte[] html(List<String> lines) {
    StringBuilder sb =
        new StringBuilder("<html><head><meta charset=\"utf-8\"><title>讲话</title></head><body>");
    sb.append("<div class=\"nav\">首页 &gt; 领导讲话</div><div class=\"content\">");
    for (String l : lines)
      sb.append("<p>").append(l.replace("&", "&amp;").replace("<", "&lt;")).append("</p>");
    sb.append("</div><div class=\"footer\">版权所有</div></body></html>");
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] docx(List<String> lines) throws IOException {
    try (XWPFDocument doc = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (String l : lines) doc.createParagraph().createRun().setText(l);
      doc.write(out);
      return out.toByteArray();
    }
  }

  /**
   * A PDF of Latin text (the standard fonts have no Chinese glyphs): structure is what is fuzzed.
   */
  private static byte[] pdf() throws IOException {
    try (PDDocument doc = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (int page = 0; page < 2; page++) {
        PDPage p = new PDPage();
        doc.addPage(p);
        try (PDPageContentStream cs = new PDPageContentStream(doc, p)) {
          cs.beginText();
          cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
          cs.newLineAtOffset(50, 700);
          for (int i = 1; i <= 12; i++) {
            cs.showText(
                i + ". Measure " + i + " of page " + (page + 1) + ": train rural teachers.");
            cs.newLineAtOffset(0, -16);
          }
          cs.endText();
        }
      }
      doc.save(out);
      return out.toByteArray();
    }
  }
}

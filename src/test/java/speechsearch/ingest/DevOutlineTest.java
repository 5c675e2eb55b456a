package speechsearch.ingest;

import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import org.junit.jupiter.api.Test;

class DevOutlineTest {
  @Test
  void print() throws Exception {
    String f = System.getProperty("devfile");
    if (f == null) return;
    CleanText c = new TextCleaner().clean(Files.readString(Path.of(f), StandardCharsets.UTF_8));
    System.out.println(
        "HEAD " + c.headLines() + " trunc=" + c.truncated() + " meta=" + c.pageMetadata());
    System.out.println("META " + new MetadataExtractor().extract(c));
    SpeechParser.Body b = new SpeechParser().parse(c.bodyText());
    System.out.println("PRE " + b.preamble().substring(0, Math.min(100, b.preamble().length())));
    pr(b.units(), 0);
    System.out.println("CLOSE " + b.closing());
  }

  static void pr(java.util.List<SpeechParser.Node> ns, int d) {
    for (var n : ns) {
      System.out.println(
          "  ".repeat(d) + n.marker() + " " + n.heading() + "  [" + n.text().length() + "]");
      pr(n.children(), d + 1);
    }
  }
}

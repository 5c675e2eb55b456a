package speechsearch.ingest.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentReaderTest {
  private static final String SPEECH = "政府工作报告\n一、过去一年工作回顾\n\n各位代表：";

  @TempDir Path dir;
  private final DocumentReader reader = new DocumentReader();

  @Test
  void readsPlainUtf8KeepingEveryLine() throws IOException {
    Path file = write("a.txt", SPEECH.getBytes(StandardCharsets.UTF_8));
    RawDocument doc = reader.read(file);
    assertEquals(new RawDocument(file, "txt", "UTF-8", SPEECH, Map.of()), doc);
  }

  @Test
  void stripsTheUtf8ByteOrderMark() throws IOException {
    byte[] body = SPEECH.getBytes(StandardCharsets.UTF_8);
    byte[] bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, body);
    RawDocument doc = reader.read(write("bom.txt", bytes));
    assertEquals(SPEECH, doc.text());
    assertEquals("UTF-8", doc.charset());
  }

  @Test
  void decodesUtf16WithEitherByteOrderMark() throws IOException {
    byte[] le =
        concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, SPEECH.getBytes(StandardCharsets.UTF_16LE));
    byte[] be =
        concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, SPEECH.getBytes(StandardCharsets.UTF_16BE));
    RawDocument little = reader.read(write("le.txt", le));
    RawDocument big = reader.read(write("be.txt", be));
    assertEquals(SPEECH, little.text());
    assertEquals("UTF-16LE", little.charset());
    assertEquals(SPEECH, big.text());
    assertEquals("UTF-16BE", big.charset());
  }

  @Test
  void decodesGb18030WhenTheBytesAreNotUtf8() throws IOException {
    RawDocument doc = reader.read(write("gb.txt", SPEECH.getBytes(Charset.forName("GB18030"))));
    assertEquals(SPEECH, doc.text());
    assertEquals("GB18030", doc.charset());
  }

  @Test
  void turnsWindowsLineEndingsIntoNewlines() throws IOException {
    RawDocument doc =
        reader.read(write("crlf.txt", "第一段\r\n第二段\r第三段".getBytes(StandardCharsets.UTF_8)));
    assertEquals("第一段\n第二段\n第三段", doc.text());
  }

  @Test
  void refusesBytesThatNoSupportedCharsetDecodes() throws IOException {
    byte[] bytes = new byte[4096];
    new Random(42).nextBytes(bytes);
    bytes[0] = (byte) 0xFF; // never valid in UTF-8 or GB18030, and not a BOM pair with the next
    bytes[1] = (byte) 0x41;
    Path file = write("noise.txt", bytes);
    UnreadableFileException e =
        assertThrows(UnreadableFileException.class, () -> reader.read(file));
    assertEquals(file + ": not valid UTF-8, UTF-16 or GB18030", e.getMessage());
    assertEquals(file, e.file());
  }

  @Test
  void refusesTextContainingNul() throws IOException {
    Path file = write("nul.txt", "abc\0def".getBytes(StandardCharsets.UTF_8));
    UnreadableFileException e =
        assertThrows(UnreadableFileException.class, () -> reader.read(file));
    assertTrue(e.getMessage().startsWith(file + ": looks like a binary file"), e.getMessage());
  }

  @Test
  void refusesTextThatIsMostlyControlCharacters() throws IOException {
    String text = "正文".repeat(40) + "\u0001\u0002\u0003\u0004\u0005";
    Path file = write("ctl.txt", text.getBytes(StandardCharsets.UTF_8));
    UnreadableFileException e =
        assertThrows(UnreadableFileException.class, () -> reader.read(file));
    assertEquals(file + ": looks like a binary file (5 control characters)", e.getMessage());
  }

  @Test
  void readsAnEmptyFileAsEmptyText() throws IOException {
    RawDocument doc = reader.read(write("empty.txt", new byte[0]));
    assertEquals("", doc.text());
  }

  @Test
  void refusesFilesAboveTheSizeLimit() throws IOException {
    Path file = write("big.txt", new byte[2 * 1024 * 1024]);
    DocumentReader small = new DocumentReader(1024 * 1024);
    UnreadableFileException e = assertThrows(UnreadableFileException.class, () -> small.read(file));
    assertEquals(file + ": file too large (2.0 MB > limit 1.0 MB)", e.getMessage());
  }

  @Test
  void refusesUnsupportedExtensionsAndReportsMissingFiles() throws IOException {
    Path file = write("notes.xyz", "x".getBytes(StandardCharsets.UTF_8));
    UnreadableFileException e =
        assertThrows(UnreadableFileException.class, () -> reader.read(file));
    assertEquals(file + ": unsupported file type .xyz", e.getMessage());
    assertThrows(NoSuchFileException.class, () -> reader.read(dir.resolve("gone.txt")));
  }

  @Test
  void reportsAFileItMayNotRead() throws Exception {
    Path file = write("secret.txt", "机密".getBytes(StandardCharsets.UTF_8));
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
    String expected = file + ": not readable: permission denied";
    if (!Files.isReadable(file)) {
      UnreadableFileException e =
          assertThrows(UnreadableFileException.class, () -> reader.read(file));
      assertEquals(expected, e.getMessage());
      return;
    }
    // Running as root, which reads everything: read in a child JVM that runs as root without the
    // capabilities that override file permissions, as an office's service account would be.
    Path setpriv = Path.of("/usr/bin/setpriv");
    Assumptions.assumeTrue(
        Files.isExecutable(setpriv),
        "running as root without setpriv (util-linux): cannot drop the right to read everything");
    Process child =
        new ProcessBuilder(
                setpriv.toString(),
                "--bounding-set=-dac_override,-dac_read_search",
                "--inh-caps=-dac_override,-dac_read_search",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                ReadOneFile.class.getName(),
                file.toString())
            .redirectErrorStream(true)
            .start();
    String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(child.waitFor(60, TimeUnit.SECONDS), "child finished");
    assertTrue(out.lines().anyMatch(expected::equals), "child said: " + out);
  }

  /**
   * Another program rewrites the file over and over, chunk by chunk, alternating two versions (one
   * all 甲, one all 乙) while the reader reads it. A read may catch the file between two chunks (a
   * shorter file, complete as far as it goes; its hash differs, so the next update reads it again),
   * or be refused because the file changed under it; it must never return a mix of the versions.
   */
  @Test
  void aFileRewrittenWhileItIsReadIsNeverReadAsAMixOfVersions() throws Exception {
    Path file = dir.resolve("busy.txt");
    byte[] a = ("甲".repeat(99) + "\n").repeat(20_000).getBytes(StandardCharsets.UTF_8);
    byte[] b = ("乙".repeat(99) + "\n").repeat(14_000).getBytes(StandardCharsets.UTF_8);
    Files.write(file, a);
    int chunk = 298 * 200; // whole lines, so a partial file still decodes
    AtomicBoolean stop = new AtomicBoolean();
    Thread writer =
        new Thread(
            () -> {
              try {
                for (int round = 0; !stop.get(); round++) {
                  byte[] v = round % 2 == 0 ? b : a;
                  try (OutputStream out = Files.newOutputStream(file)) { // truncates
                    for (int at = 0; at < v.length && !stop.get(); at += chunk) {
                      out.write(v, at, Math.min(chunk, v.length - at));
                      out.flush();
                      Thread.sleep(1);
                    }
                  }
                }
              } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
              }
            });
    writer.start();
    int whole = 0, partial = 0, refused = 0;
    try {
      for (int i = 0; i < 200; i++) {
        try {
          String text = reader.read(file).text();
          String kind = text.replace("\n", "");
          boolean allA = kind.chars().allMatch(c -> c == '甲');
          boolean allB = kind.chars().allMatch(c -> c == '乙');
          assertTrue(allA || allB, "read " + i + " mixes two versions of the file");
          int full = allA ? a.length : b.length;
          if (text.getBytes(StandardCharsets.UTF_8).length == full) whole++;
          else partial++;
        } catch (UnreadableFileException e) {
          assertTrue(
              e.getMessage().contains("changed while it was being read")
                  || e.getMessage().contains("no text"),
              e.getMessage());
          refused++;
        }
        Thread.sleep(2);
      }
    } finally {
      stop.set(true);
      writer.join();
    }
    System.out.printf(
        "busy file: %d whole versions, %d caught between chunks, %d refused as changing%n",
        whole, partial, refused);
    assertEquals(200, whole + partial + refused);
  }

  @Test
  void aWriterPausedInsideACharacterIsReportedAsWritingNotAsBadText() throws Exception {
    // a writer descheduled halfway through one write leaves the file still, for a moment, at a
    // length that ends inside a character; the write completes a few milliseconds later
    Path file = dir.resolve("paused.txt");
    byte[] whole = ("甲".repeat(99) + "\n").repeat(10).getBytes(StandardCharsets.UTF_8);
    Files.write(file, java.util.Arrays.copyOf(whole, 298 * 5 + 1)); // ends inside a 甲
    DocumentReader.Snapshot caught = reader.snapshot(file);
    Thread writer =
        new Thread(
            () -> {
              try {
                Thread.sleep(30);
                Files.write(file, whole);
              } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
              }
            });
    writer.start();
    try {
      UnreadableFileException e =
          assertThrows(UnreadableFileException.class, () -> reader.parse(caught));
      assertTrue(e.getMessage().contains("changed while it was being read"), e.getMessage());
    } finally {
      writer.join();
    }
    assertEquals(new String(whole, StandardCharsets.UTF_8), reader.read(file).text());
  }

  @Test
  void aFileThatStaysUndecodableIsReportedAsSuch() throws Exception {
    Path file = dir.resolve("cut.txt");
    Files.write(file, new byte[] {(byte) 0xff, (byte) 0xfe, (byte) 0xfd, 0x41, (byte) 0xc3});
    UnreadableFileException e =
        assertThrows(UnreadableFileException.class, () -> reader.read(file));
    assertFalse(e.getMessage().contains("changed while"), e.getMessage());
  }

  @Test
  void knowsWhichExtensionsItSupports() {
    assertTrue(DocumentReader.isSupported(Path.of("a/B.HTM")));
    assertTrue(DocumentReader.isSupported(Path.of("speech.docx")));
    assertFalse(DocumentReader.isSupported(Path.of("speech.txt.json")));
    assertFalse(DocumentReader.isSupported(Path.of("README")));
  }

  @Test
  void listsInputsSortedSkippingSidecarsHiddenFilesAndLinkLoops() throws IOException {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Path sub = Files.createDirectories(corpus.resolve("sub"));
    Files.createDirectories(corpus.resolve(".git"));
    for (String name :
        List.of("b.txt", "a.pdf", "b.txt.json", "MANIFEST.tsv", ".hidden.txt", "photo.jpg")) {
      write("corpus/" + name, new byte[0]);
    }
    write("corpus/sub/c.html", new byte[0]);
    write("corpus/.git/d.txt", new byte[0]);
    Files.createSymbolicLink(sub.resolve("loop"), corpus);
    Path named = write("odd.xyz", new byte[0]);

    List<Path> inputs = DocumentReader.listInputs(List.of(corpus, named));

    assertEquals(
        List.of(corpus.resolve("a.pdf"), corpus.resolve("b.txt"), sub.resolve("c.html"), named),
        inputs);
  }

  private Path write(String name, byte[] bytes) throws IOException {
    return Files.write(dir.resolve(name), bytes);
  }

  static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}

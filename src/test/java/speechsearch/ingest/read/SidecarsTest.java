package speechsearch.ingest.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SidecarsTest {
  @TempDir Path dir;
  private final Sidecars sidecars = new Sidecars();

  @Test
  void jsonBesideTheFileOverridesTheManifestKeyByKey() throws IOException {
    write(
        "MANIFEST.tsv",
        "file\tTitle\tyear\tregion\tsource_repo\n"
            + "speech1.txt\t2024年政府工作报告\t2024\t浙江省\tsome/repo\n"
            + "speech2.txt\t其他报告\t\t\t\n");
    write("speech1.txt.json", "{\"year\": 2023, \"speaker\": \"王某某\", \"subtitle\": \" \"}");
    assertEquals(
        Map.of("title", "2024年政府工作报告", "year", "2023", "region", "浙江省", "speaker", "王某某"),
        sidecars.metadataFor(dir.resolve("speech1.txt")));
    assertEquals(Map.of("title", "其他报告"), sidecars.metadataFor(dir.resolve("speech2.txt")));
    assertEquals(Map.of(), sidecars.metadataFor(dir.resolve("speech3.txt")));
  }

  @Test
  void readsAJsonSidecarNamedAfterTheStem() throws IOException {
    write("speech.json", "{\"title\": \"在全市工作会议上的讲话\", \"date\": \"2024-02-01\"}");
    assertEquals(
        Map.of("title", "在全市工作会议上的讲话", "date", "2024-02-01"),
        sidecars.metadataFor(dir.resolve("speech.pdf")));
  }

  @Test
  void parsesQuotedCsvFields() throws IOException {
    write(
        "MANIFEST.csv",
        "file,title,speaker\r\n"
            + "a.docx,\"关于“十四五”规划, 第二部分\",\"李某\"\r\n"
            + "b.docx,\"他说\"\"好\"\"\n续行\",\r\n");
    assertEquals(
        Map.of("title", "关于“十四五”规划, 第二部分", "speaker", "李某"),
        sidecars.metadataFor(dir.resolve("a.docx")));
    assertEquals(Map.of("title", "他说\"好\"\n续行"), sidecars.metadataFor(dir.resolve("b.docx")));
  }

  @Test
  void cachesTheManifestOfAFolder() throws IOException {
    write("MANIFEST.tsv", "file\ttitle\na.txt\t第一版\n");
    assertEquals(Map.of("title", "第一版"), sidecars.metadataFor(dir.resolve("a.txt")));
    write("MANIFEST.tsv", "file\ttitle\na.txt\t第二版\n");
    assertEquals(Map.of("title", "第一版"), sidecars.metadataFor(dir.resolve("a.txt")));
  }

  @Test
  void reportsMalformedJsonNamingTheSidecar() throws IOException {
    Path json = write("bad.txt.json", "{\"title\": \"缺少结尾\"");
    IOException e =
        assertThrows(IOException.class, () -> sidecars.metadataFor(dir.resolve("bad.txt")));
    assertTrue(e.getMessage().startsWith("malformed JSON sidecar " + json + ": "), e.getMessage());

    Path array = write("list.txt.json", "[\"title\"]");
    e = assertThrows(IOException.class, () -> sidecars.metadataFor(dir.resolve("list.txt")));
    assertEquals("malformed JSON sidecar " + array + ": expected a JSON object", e.getMessage());

    Path year = write("y.txt.json", "{\"year\": [2024]}");
    e = assertThrows(IOException.class, () -> sidecars.metadataFor(dir.resolve("y.txt")));
    assertEquals(
        "malformed JSON sidecar "
            + year
            + ": \"year\" must be a string or a whole number, not array",
        e.getMessage());
  }

  @Test
  void reportsAManifestWithoutAFileColumn() throws IOException {
    Path manifest = write("MANIFEST.tsv", "name\ttitle\na.txt\t标题\n");
    IOException e =
        assertThrows(IOException.class, () -> sidecars.metadataFor(dir.resolve("a.txt")));
    assertEquals(
        "malformed manifest " + manifest + ": no \"file\" column in the header", e.getMessage());
  }

  @Test
  void reportsAManifestRecordWithTooManyFields() throws IOException {
    Path manifest = write("MANIFEST.tsv", "file\ttitle\na.txt\t标题\t多余\n");
    IOException e =
        assertThrows(IOException.class, () -> sidecars.metadataFor(dir.resolve("a.txt")));
    assertEquals(
        "malformed manifest " + manifest + ": record 2 has 3 fields, the header 2", e.getMessage());
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }
}

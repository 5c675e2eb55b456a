package speechsearch.ingest.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WordAndPdfTest {
  @TempDir Path dir;
  private final DocumentReader reader = new DocumentReader();

  @Test
  void readsDocxParagraphsTablesAndCoreProperties() throws IOException {
    Path file = Files.write(dir.resolve("speech.docx"), docx());
    RawDocument doc = reader.read(file);
    assertEquals("各位代表：\n一、主要工作\n指标\n增长\n（一）稳增长", doc.text());
    assertEquals("docx", doc.format());
    assertEquals("政府工作报告", doc.pageMetadata().get("docTitle"));
    assertEquals("市政府办公室", doc.pageMetadata().get("author"));
  }

  @Test
  void refusesATruncatedDocxNamingTheFile() throws IOException {
    byte[] whole = docx();
    Path file = Files.write(dir.resolve("cut.docx"), Arrays.copyOf(whole, whole.length / 2));
    UnreadableFileException e =
        assertThrows(UnreadableFileException.class, () -> reader.read(file));
    assertTrue(
        e.getMessage().startsWith(file + ": corrupt or truncated Word file: "), e.getMessage());
  }

  @Test
  void refusesTextPretendingToBeAWordFile() throws IOException {
    Path file = Files.write(dir.resolve("fake.doc"), "不是Word".getBytes(StandardCharsets.UTF_8));
    UnreadableFileException e =
        assertThrows(UnreadableFileException.class, () -> reader.read(file));
    assertTrue(
        e.getMessage().startsWith(file + ": corrupt or truncated Word file: "), e.getMessage());
  }

  @Test
  void readsPdfTextLineByLine() throws IOException {
    Path file = Files.write(dir.resolve("speech.pdf"), pdf(null));
    RawDocument doc = reader.read(file);
    assertEquals("Report on the Work of the Government\nDelivered at the Session", doc.text());
    assertEquals("pdf", doc.format());
    assertEquals("Work Report", doc.pageMetadata().get("docTitle"));
  }

  @Test
  void refusesATruncatedPdf() throws IOException {
    byte[] whole = pdf(null);
    Path file = Files.write(dir.resolve("cut.pdf"), Arrays.copyOf(whole, whole.length / 2));
    UnreadableFileException e =
        assertThrows(UnreadableFileException.class, () -> reader.read(file));
    assertTrue(e.getMessage().startsWith(file + ": corrupt or truncated PDF"), e.getMessage());
  }

  @Test
  void refusesAPdfThatNeedsAPassword() throws IOException {
    Path file = Files.write(dir.resolve("locked.pdf"), pdf("secret"));
    UnreadableFileException e =
        assertThrows(UnreadableFileException.class, () -> reader.read(file));
    assertEquals(file + ": encrypted PDF: a password is needed to open it", e.getMessage());
  }

  private static byte[] docx() throws IOException {
    try (XWPFDocument doc = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      doc.createParagraph().createRun().setText("各位代表：");
      doc.createParagraph().createRun().setText("一、主要工作");
      XWPFTable table = doc.createTable(1, 2);
      table.getRow(0).getCell(0).setText("指标");
      table.getRow(0).getCell(1).setText("增长");
      doc.createParagraph().createRun().setText("（一）稳增长");
      doc.getProperties().getCoreProperties().setTitle("政府工作报告");
      doc.getProperties().getCoreProperties().setCreator("市政府办公室");
      doc.write(out);
      return out.toByteArray();
    }
  }

  private static byte[] pdf(String userPassword) throws IOException {
    try (PDDocument doc = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
        content.beginText();
        content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        content.newLineAtOffset(72, 700);
        content.showText("Report on the Work of the Government");
        content.newLineAtOffset(0, -20);
        content.showText("Delivered at the Session");
        content.endText();
      }
      doc.getDocumentInformation().setTitle("Work Report");
      if (userPassword != null) {
        doc.protect(new StandardProtectionPolicy("owner", userPassword, new AccessPermission()));
      }
      doc.save(out);
      return out.toByteArray();
    }
  }
}

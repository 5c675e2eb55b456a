package speechsearch.ingest.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.EmptyFileException;
import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.hpsf.SummaryInformation;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.extractor.WordExtractor;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Word files to paragraphs, one per line, body tables included. Which reader runs is decided by the
 * file's magic bytes rather than its extension, because downloaded speeches are often a .doc
 * renamed .docx or the reverse. POI's zip-bomb limits ({@code ZipSecureFile}) are left at their
 * defaults on purpose: an inflated-ratio failure is reported like any other corrupt file.
 */
final class WordFileReader {
  private WordFileReader() {}

  static RawDocument extract(Path file, byte[] bytes) throws IOException {
    try {
      FileMagic magic = FileMagic.valueOf(bytes);
      return switch (magic) {
        case OOXML -> docx(file, bytes);
        case OLE2 -> doc(file, bytes);
        default -> {
          String seen = magic == FileMagic.UNKNOWN ? "" : " (content looks like " + magic + ")";
          throw new UnreadableFileException(
              file, "corrupt or truncated Word file: not a Word document" + seen);
        }
      };
    } catch (UnreadableFileException | AccessDeniedException e) {
      throw e;
    } catch (IOException | InvalidFormatException | RuntimeException e) {
      // POI signals damaged input with unchecked exceptions from deep inside its parsers
      // (IllegalArgumentException, IndexOutOfBounds, RecordFormatException, ...); all of them mean
      // this one file is unreadable, not that the program is broken.
      throw new UnreadableFileException(file, "corrupt or truncated Word file: " + describe(e), e);
    }
  }

  private static RawDocument docx(Path file, byte[] bytes)
      throws IOException, InvalidFormatException {
    try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes));
        XWPFDocument doc = new XWPFDocument(pkg)) {
      List<String> lines = new ArrayList<>();
      collect(doc.getBodyElements(), lines);
      Map<String, String> metadata = new LinkedHashMap<>();
      POIXMLProperties.CoreProperties core = doc.getProperties().getCoreProperties();
      put(metadata, "docTitle", core.getTitle());
      put(metadata, "author", core.getCreator());
      put(metadata, "created", instant(core.getCreated()));
      return new RawDocument(file, "docx", "UTF-8", String.join("\n", lines), metadata);
    }
  }

  private static void collect(List<IBodyElement> elements, List<String> lines) {
    for (IBodyElement element : elements) {
      if (element instanceof XWPFParagraph p) {
        lines.add(p.getText());
      } else if (element instanceof XWPFTable table) {
        for (XWPFTableRow row : table.getRows()) {
          for (XWPFTableCell cell : row.getTableCells()) {
            collect(cell.getBodyElements(), lines);
          }
        }
      }
    }
  }

  private static RawDocument doc(Path file, byte[] bytes) throws IOException {
    try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes));
        HWPFDocument doc = new HWPFDocument(fs);
        WordExtractor extractor = new WordExtractor(doc)) {
      List<String> lines = new ArrayList<>();
      for (String paragraph : extractor.getParagraphText()) {
        // Paragraphs end in \r\n; table cells and rows end in \u0007 marks.
        String text = WordExtractor.stripFields(paragraph);
        // A vertical tab is Word's manual line break: a line of its own in the contract.
        lines.add(
            text.replaceAll("[\\r\\n\\u0007]+$", "")
                .replace('\u0007', '\t')
                .replace('\u000B', '\n')
                .replace('\r', '\n'));
      }
      Map<String, String> metadata = new LinkedHashMap<>();
      SummaryInformation info = doc.getSummaryInformation();
      if (info != null) {
        put(metadata, "docTitle", info.getTitle());
        put(metadata, "author", info.getAuthor());
        put(metadata, "created", instant(info.getCreateDateTime()));
      }
      return new RawDocument(file, "doc", "UTF-16LE", String.join("\n", lines), metadata);
    }
  }

  static void put(Map<String, String> metadata, String key, String value) {
    if (value != null && !value.isBlank()) metadata.put(key, value.strip());
  }

  private static String instant(Date date) {
    return date == null ? null : date.toInstant().toString();
  }

  static String describe(Throwable e) {
    String message = e.getMessage();
    if (e instanceof EmptyFileException) return "file is empty";
    if (e instanceof UnsupportedFileFormatException && message != null) return message;
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
  }
}

package speechsearch.ingest.read;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.util.Calendar;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * PDF to text in reading order. Lines stay as PDFBox lays them out; the spaces and breaks it puts
 * between Chinese characters are removed later by the cleaner, which sees all formats alike. A PDF
 * that only restricts copying (an owner password) is read, since the text is public record; one
 * that needs a password to open is refused.
 */
final class PdfFileReader {
  private PdfFileReader() {}

  static RawDocument extract(Path file, byte[] bytes) throws IOException {
    try (PDDocument doc = Loader.loadPDF(bytes)) {
      if (doc.getNumberOfPages() == 0) {
        // PDFBox repairs what it can; a file cut before its page tree loads as an empty document.
        throw new UnreadableFileException(file, "corrupt or truncated PDF: no pages");
      }
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      stripper.setLineSeparator("\n");
      String text = stripper.getText(doc);
      Map<String, String> metadata = new LinkedHashMap<>();
      PDDocumentInformation info = doc.getDocumentInformation();
      WordFileReader.put(metadata, "docTitle", info.getTitle());
      WordFileReader.put(metadata, "author", info.getAuthor());
      WordFileReader.put(metadata, "created", instant(info.getCreationDate()));
      return new RawDocument(file, "pdf", "PDF", stripTrailingNewlines(text), metadata);
    } catch (InvalidPasswordException e) {
      throw new UnreadableFileException(file, "encrypted PDF: a password is needed to open it", e);
    } catch (UnreadableFileException | AccessDeniedException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      // PDFBox reports damage as IOException, and some malformed objects as unchecked exceptions
      // from its parser; either way this one file cannot be read.
      throw new UnreadableFileException(
          file, "corrupt or truncated PDF: " + WordFileReader.describe(e), e);
    }
  }

  private static String instant(Calendar calendar) {
    return calendar == null ? null : calendar.toInstant().toString();
  }

  /** The stripper ends every page with a line separator; the last one is not a paragraph. */
  private static String stripTrailingNewlines(String text) {
    int end = text.length();
    while (end > 0 && text.charAt(end - 1) == '\n') end--;
    return text.substring(0, end);
  }
}

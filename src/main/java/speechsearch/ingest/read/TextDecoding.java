package speechsearch.ingest.read;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Turns bytes into text without ever guessing silently: a byte-order mark decides, else the bytes
 * must be strictly valid UTF-8, else strictly valid GB18030. Anything else is refused, because a
 * mis-decoded speech indexes as garbage that nobody notices until a search fails.
 */
final class TextDecoding {
  static final Charset GB18030 = Charset.forName("GB18030");

  /** Share of C0 control characters above which decoded text is taken to be binary. */
  private static final double MAX_CONTROL_SHARE = 0.01;

  private TextDecoding() {}

  /** Decoded text and the charset that decoded it; the text never starts with a BOM. */
  record Decoded(Charset charset, String text) {}

  /** The charset named by a byte-order mark at the start of {@code bytes}, or null. */
  static Charset charsetFromBom(byte[] bytes) {
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) return StandardCharsets.UTF_8;
    if (startsWith(bytes, 0xFF, 0xFE)) return StandardCharsets.UTF_16LE;
    if (startsWith(bytes, 0xFE, 0xFF)) return StandardCharsets.UTF_16BE;
    return null;
  }

  /**
   * Decodes by BOM, else strict UTF-8, else strict GB18030, and rejects binary content.
   *
   * @throws UnreadableFileException when no rule decodes the bytes cleanly
   */
  static Decoded decode(Path file, byte[] bytes) throws UnreadableFileException {
    Charset bom = charsetFromBom(bytes);
    if (bom != null) {
      return decodeByBom(file, bytes, bom);
    }
    String text = tryDecode(bytes, StandardCharsets.UTF_8);
    Charset charset = StandardCharsets.UTF_8;
    if (text == null) {
      // Tried second: nearly every valid UTF-8 text with Chinese in it is invalid GB18030 and
      // vice versa, but pure ASCII is valid in both and should be reported as UTF-8.
      text = tryDecode(bytes, GB18030);
      charset = GB18030;
    }
    if (text == null) {
      throw new UnreadableFileException(file, "not valid UTF-8, UTF-16 or GB18030");
    }
    return checked(file, new Decoded(charset, stripBom(text)));
  }

  /** Decodes strictly with the charset a byte-order mark named, still rejecting binary content. */
  static Decoded decodeByBom(Path file, byte[] bytes, Charset charset)
      throws UnreadableFileException {
    String text = tryDecode(bytes, charset);
    if (text == null) {
      throw new UnreadableFileException(
          file, "not valid " + charset.name() + " although its byte-order mark says so");
    }
    return checked(file, new Decoded(charset, stripBom(text)));
  }

  /** The strictly decoded text, or null when the bytes are malformed or unmappable. */
  static String tryDecode(byte[] bytes, Charset charset) {
    try {
      return charset
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      // Not an error here: the caller tries the next charset or reports the file.
      return null;
    }
  }

  /**
   * Rejects text that decoded but is evidently not text: a NUL never occurs in a speech, and a
   * stream of control characters means an image or archive happened to be valid GB18030.
   */
  static Decoded checked(Path file, Decoded decoded) throws UnreadableFileException {
    String text = decoded.text();
    int controls = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == 0) {
        throw new UnreadableFileException(file, "looks like a binary file (contains NUL)");
      }
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
        controls++;
      }
    }
    if (controls > text.length() * MAX_CONTROL_SHARE) {
      throw new UnreadableFileException(
          file, "looks like a binary file (" + controls + " control characters)");
    }
    return decoded;
  }

  private static String stripBom(String text) {
    // GB18030 and UTF-8 both encode U+FEFF; whatever decoded it, it is not part of the text.
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) return false;
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) return false;
    }
    return true;
  }
}

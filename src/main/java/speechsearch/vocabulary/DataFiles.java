package speechsearch.vocabulary;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Reading the editable data files a vocabulary or model comes from (the taxonomy here, ingest's
 * topic model): bundled resources, files named on the command line, their UTF-8 and their hash.
 * Every failure is an IOException that names the file.
 */
public final class DataFiles {
  private DataFiles() {}

  /** Reads a data file's bytes, named for messages. */
  public interface Parser<T> {
    T parse(byte[] bytes, String name) throws IOException;
  }

  /** Reads a bundled data file; the program ships it, so a fault in it is a broken build. */
  public static <T> T bundled(String name, Parser<T> parser) {
    try (InputStream in = DataFiles.class.getResourceAsStream("/" + name)) {
      if (in == null) throw new IllegalStateException("missing resource /" + name);
      return parser.parse(in.readAllBytes(), "the bundled " + name);
    } catch (IOException e) {
      throw new UncheckedIOException("the bundled " + name + " is broken", e);
    }
  }

  /** A file's bytes; a missing or unreadable one is an IOException that names it. */
  public static byte[] read(Path file, String what) throws IOException {
    try {
      return Files.readAllBytes(file);
    } catch (java.nio.file.NoSuchFileException e) {
      throw new IOException(what + " " + file + " does not exist");
    } catch (IOException e) {
      throw new IOException(what + " " + file + " cannot be read: " + e.getMessage(), e);
    }
  }

  /** A data file's text; bytes that are not UTF-8 are an IOException naming the file. */
  public static String utf8(byte[] bytes, String what) throws IOException {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new IOException(what + " is not UTF-8 text");
    }
  }

  /** Lowercase hex SHA-256 of some bytes. */
  public static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}

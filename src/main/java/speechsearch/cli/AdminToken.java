package speechsearch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

/**
 * The admin token, from a file or the environment, never from the arguments: a process's arguments
 * are visible to every user of the machine through {@code ps}, its environment and a file of mode
 * 600 are not.
 */
final class AdminToken {
  private AdminToken() {}

  /**
   * The token: the file's first line when a file is given, else the environment's value; null
   * (admin routes off) when neither is set.
   *
   * @throws IOException when the file cannot be read or holds no token
   */
  static String read(Path file, String fromEnvironment, PrintWriter err) throws IOException {
    if (file == null || file.toString().isBlank()) {
      return fromEnvironment == null || fromEnvironment.isBlank() ? null : fromEnvironment.strip();
    }
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IOException(
          "the admin token file " + file + " cannot be read: " + Errors.describe(e), e);
    }
    String token = text.lines().findFirst().orElse("").strip();
    if (token.isEmpty()) throw new IOException("the admin token file " + file + " is empty");
    if (readableByOthers(file)) {
      err.println(
          "serve: warning: the admin token file "
              + file
              + " can be read by other users; `chmod 600` it");
    }
    return token;
  }

  private static boolean readableByOthers(Path file) {
    try {
      Set<PosixFilePermission> p = Files.getPosixFilePermissions(file);
      return p.contains(PosixFilePermission.GROUP_READ)
          || p.contains(PosixFilePermission.OTHERS_READ);
    } catch (IOException | UnsupportedOperationException e) {
      return false; // a file system without POSIX modes: nothing to say
    }
  }
}

package speechsearch.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import speechsearch.ingest.topic.TopicModel;
import speechsearch.vocabulary.Taxonomy;

/**
 * A fingerprint of the program that parses speeches: the SHA-256 of the files of its jar, or of its
 * classes folder when it runs from a build tree. A parsed tree may be reused only by the same
 * program; any new build, whatever it changed, parses again. The topic taxonomy and model are left
 * out: they do not change how a speech is parsed, and a reindex labels every kept tree afresh.
 */
final class CodeStamp {
  private CodeStamp() {}

  /** Resources that only label: a change to them relabels trees, it does not parse them again. */
  private static final Set<String> LABELLING = Set.of(Taxonomy.FILE_NAME, TopicModel.FILE_NAME);

  private static volatile String stamp;

  static String get() {
    String s = stamp;
    if (s == null) {
      synchronized (CodeStamp.class) {
        if (stamp == null) stamp = compute();
        s = stamp;
      }
    }
    return s;
  }

  private static String compute() {
    try {
      Path source =
          Path.of(CodeStamp.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      if (Files.isDirectory(source)) {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(source)) {
          files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path f : files) {
          String name = source.relativize(f).toString();
          if (LABELLING.contains(name)) continue;
          md.update(name.getBytes(StandardCharsets.UTF_8));
          md.update(Files.readAllBytes(f));
        }
      } else {
        // each entry's name, size and CRC from the jar's directory: no need to inflate anything
        try (ZipFile jar = new ZipFile(source.toFile())) {
          List<? extends ZipEntry> entries =
              jar.stream().sorted(Comparator.comparing(ZipEntry::getName)).toList();
          for (ZipEntry e : entries) {
            if (LABELLING.contains(e.getName())) continue;
            md.update(e.getName().getBytes(StandardCharsets.UTF_8));
            md.update((e.getSize() + ":" + e.getCrc()).getBytes(StandardCharsets.UTF_8));
          }
        }
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the program's own code to fingerprint it", e);
    } catch (URISyntaxException | NoSuchAlgorithmException | RuntimeException e) {
      // no code source to read (an unusual class loader): a stamp that never matches a stored one
      return "unknown-" + System.nanoTime();
    }
  }
}

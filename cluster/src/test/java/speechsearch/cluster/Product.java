package speechsearch.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The product, run as its own process through {@code bin/speech-search} (which builds the jar when
 * it is missing or older than the sources): its classes and Lucene version never load here.
 */
final class Product {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path home;
  private final Path index;

  Product(Path home, Path index) {
    this.home = home;
    this.index = index;
  }

  /** Runs a command and returns its standard output; a non-zero exit is an error with stderr. */
  String run(List<String> args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    cmd.add(home.resolve("bin/speech-search").toString());
    cmd.addAll(args);
    Path out = Files.createTempFile("product-out", ".txt");
    Path err = Files.createTempFile("product-err", ".txt");
    try {
      ProcessBuilder pb = new ProcessBuilder(cmd).directory(home.toFile());
      pb.environment().put("SPEECH_SEARCH_INDEX", index.toString());
      pb.redirectOutput(out.toFile()).redirectError(err.toFile());
      Process p = pb.start();
      if (!p.waitFor(20, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        throw new IOException("timed out: " + String.join(" ", cmd));
      }
      String stdout = Files.readString(out, StandardCharsets.UTF_8);
      if (p.exitValue() != 0) {
        throw new IOException(
            "exit "
                + p.exitValue()
                + ": "
                + String.join(" ", cmd)
                + "\n"
                + Files.readString(err, StandardCharsets.UTF_8));
      }
      return stdout;
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  /**
   * Runs commands in one JVM of the product (ProductBatch, launched from source on the product's
   * class path) and returns their standard outputs in order; a command that fails is an error.
   * Needs the product's jar: run() a command through the launcher first, which builds it.
   */
  List<String> batch(List<List<String>> commands) throws IOException, InterruptedException {
    Path dir = Files.createTempDirectory("product-batch");
    try {
      Path source = dir.resolve("ProductBatch.java");
      try (var in = Product.class.getResourceAsStream("ProductBatch.java")) {
        Files.copy(in, source);
      }
      Path input = dir.resolve("in.ndjson");
      Path output = dir.resolve("out.ndjson");
      Path err = dir.resolve("err.txt");
      StringBuilder lines = new StringBuilder();
      for (List<String> c : commands) lines.append(JSON.writeValueAsString(c)).append('\n');
      Files.writeString(input, lines, StandardCharsets.UTF_8);
      String java = ProcessHandle.current().info().command().orElse("java");
      List<String> cmd =
          List.of(
              java,
              "-Dfile.encoding=UTF-8",
              "--enable-native-access=ALL-UNNAMED",
              "-Dspeechsearch.home=" + home,
              "-cp",
              home.resolve("target/speech-search.jar").toString(),
              source.toString());
      ProcessBuilder pb = new ProcessBuilder(cmd).directory(home.toFile());
      pb.environment().put("SPEECH_SEARCH_INDEX", index.toString());
      pb.redirectInput(input.toFile()).redirectOutput(output.toFile()).redirectError(err.toFile());
      Process p = pb.start();
      if (!p.waitFor(60, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        throw new IOException("timed out: " + String.join(" ", cmd));
      }
      List<String> results = Files.readAllLines(output, StandardCharsets.UTF_8);
      if (p.exitValue() != 0 || results.size() != commands.size()) {
        throw new IOException(
            "the batch of "
                + commands.size()
                + " commands ended with exit "
                + p.exitValue()
                + " after "
                + results.size()
                + ":\n"
                + Files.readString(err, StandardCharsets.UTF_8));
      }
      List<String> out = new ArrayList<>();
      for (int i = 0; i < results.size(); i++) {
        JsonNode r = JSON.readTree(results.get(i));
        if (r.get("code").asInt() != 0) {
          throw new IOException(
              "exit "
                  + r.get("code").asInt()
                  + ": "
                  + commands.get(i)
                  + "\n"
                  + r.get("err").asText());
        }
        out.add(r.get("out").asText());
      }
      return out;
    } finally {
      try (var files = Files.list(dir)) {
        for (Path f : (Iterable<Path>) files::iterator) Files.delete(f);
      }
      Files.delete(dir);
    }
  }

  Path index() {
    return index;
  }
}

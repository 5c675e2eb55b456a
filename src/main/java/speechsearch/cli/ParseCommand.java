package speechsearch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import speechsearch.ingest.SpeechIngester;
import speechsearch.ingest.SpeechJson;
import speechsearch.ingest.clean.CleanText;
import speechsearch.ingest.read.SourceWalker;
import speechsearch.speech.Speech;
import speechsearch.speech.Unit;

/** {@code parse FILE|DIR... [--out DIR] [--outline]}: the speech tree of each file as JSON. */
@Command(
    name = "parse",
    mixinStandardHelpOptions = true,
    description = {
      "Parse speech files into the speech JSON tree.",
      "Reads .txt .html .htm .docx .doc .pdf; folders are read recursively (symbolic links that"
          + " lead out of a folder are not followed unless --follow-links is given). A file that"
          + " fails is reported on stderr and the others go on; the exit code is 1 when any file"
          + " failed."
    })
final class ParseCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin TopicOptions topicOptions;

  @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Speech files or folders.")
  List<Path> inputs;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "Write one <name>.json per input file into DIR instead of printing.")
  Path out;

  @Option(names = "--outline", description = "Print a readable indented outline instead of JSON.")
  boolean outline;

  @Option(
      names = "--follow-links",
      description = "Follow symbolic links that lead out of a folder.")
  boolean followLinks;

  @Option(
      names = "--debug-clean",
      description =
          "Print what cleaning removed from each file (chrome, notices, site sentences, damage,"
              + " repeated titles) and the head lines it kept, instead of JSON.")
  boolean debugClean;

  @Override
  public Integer call() throws IOException {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter stderr = spec.commandLine().getErr();
    if (out != null && out.toString().isBlank()) {
      stderr.println("parse: --out is empty: give the folder to write into");
      stderr.flush();
      return 2;
    }
    SpeechIngester ingester = SpeechIngester.withTopics(topicOptions.classifier());
    if (out != null) Files.createDirectories(out);
    int failed = 0;
    int parsed = 0;
    SourceWalker.Listing listing = SourceWalker.list(inputs, followLinks);
    for (SourceWalker.Refused r : listing.refused()) {
      failed++;
      stderr.println("parse: " + r.path() + ": " + r.reason());
    }
    for (Path file : listing.files()) {
      try {
        if (debugClean) {
          printCleaning(stdout, file, ingester.cleaned(file));
          parsed++;
          continue;
        }
        Speech speech = ingester.ingest(file);
        if (speech.cleaning() != null && speech.cleaning().reported()) {
          stderr.println("parse: " + file + ": " + ReindexCommand.inWords(speech.cleaning()));
        }
        if (out != null) {
          String name = file.getFileName().toString();
          int dot = name.lastIndexOf('.');
          Path target = out.resolve((dot > 0 ? name.substring(0, dot) : name) + ".json");
          write(target, SpeechJson.pretty(speech));
        } else if (outline) {
          printOutline(stdout, speech);
        } else {
          stdout.println(SpeechJson.pretty(speech));
        }
        parsed++;
      } catch (IOException | RuntimeException e) {
        failed++;
        stderr.println("parse: " + file + ": " + Errors.describe(e));
      }
    }
    stdout.flush();
    if (out != null || failed > 0) {
      stderr.printf("parse: %d parsed, %d failed%n", parsed, failed);
    }
    return failed == 0 ? 0 : 1;
  }

  /** A JSON file in --out, never written through a symbolic link put where it goes. */
  private static void write(Path target, String json) throws IOException {
    if (Files.isSymbolicLink(target)) {
      throw new IOException(target + " is a symbolic link: not written through");
    }
    Files.writeString(
        target,
        json,
        StandardCharsets.UTF_8,
        StandardOpenOption.CREATE,
        StandardOpenOption.TRUNCATE_EXISTING,
        StandardOpenOption.WRITE,
        LinkOption.NOFOLLOW_LINKS);
  }

  private static void printCleaning(PrintWriter w, Path file, CleanText clean) {
    w.println("== " + file);
    for (String r : clean.removed()) w.println("removed " + r);
    for (String h : clean.headLines()) w.println("head    " + h);
    if (!clean.body().isEmpty()) w.println("body    " + abbreviate(clean.body().get(0)));
    w.printf("%d body paragraphs%s%n", clean.body().size(), clean.truncated() ? ", truncated" : "");
  }

  private static String abbreviate(String s) {
    return s.length() <= 80 ? s : s.substring(0, 79) + "…";
  }

  static void printOutline(PrintWriter w, Speech s) {
    w.printf(
        "%s  [%s, %s, %s]%s%n",
        s.title() == null ? "(no title)" : s.title(),
        yearText(s.year(), s.sources().get("year")),
        s.region().level() == null ? "level ?" : s.region().level(),
        s.region().mostSpecificName() == null ? "place ?" : s.region().mostSpecificName(),
        s.truncated() ? "  原文不完整" : "");
    printUnits(w, s.sections(), 1);
  }

  /** The year, marked 推定 when inferred and 网页日期 when it is the page's own date. */
  static String yearText(Integer year, String source) {
    if (year == null) return "year ?";
    return switch (source == null ? "" : source) {
      case "inferred" -> "推定" + year;
      case "page" -> "网页日期" + year;
      default -> String.valueOf(year);
    };
  }

  private static void printUnits(PrintWriter w, List<Unit> units, int depth) {
    for (Unit u : units) {
      w.printf("%s%s %s  %s%n", "  ".repeat(depth), u.marker(), u.heading(), u.topicLabels());
      printUnits(w, u.children(), depth + 1);
    }
  }
}

package speechsearch.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import speechsearch.ingest.clean.CleanText;
import speechsearch.ingest.clean.TextCleaner;
import speechsearch.ingest.clean.Truncation;
import speechsearch.ingest.metadata.MetadataExtractor;
import speechsearch.ingest.metadata.RegionResolver;
import speechsearch.ingest.metadata.Script;
import speechsearch.ingest.metadata.SpeechMetadata;
import speechsearch.ingest.parse.SpeechParser;
import speechsearch.ingest.topic.TopicClassifier;
import speechsearch.speech.Region;
import speechsearch.speech.Speech;
import speechsearch.speech.Unit;

/**
 * Assembles a {@link Speech} from extracted text: cleaning, metadata, region, and the unit tree
 * with ids and paths; no topics yet (see {@link TopicClassifier}). Sidecar values (a manifest or a
 * JSON file beside the speech) override what extraction finds, and the speech's {@code sources} say
 * where each value came from.
 */
final class SpeechAssembler {
  private static final int LEAD_CHARS = 1500;

  /** A year standing apart in a file name (2019_讲话, 讲话-2019), never inside a hash or a number. */
  private static final java.util.regex.Pattern FILE_YEAR =
      java.util.regex.Pattern.compile("(?<![0-9A-Za-z])(19[5-9]\\d|20\\d{2})(?![0-9A-Za-z])");

  private final TextCleaner cleaner = new TextCleaner();
  private final MetadataExtractor extractor = new MetadataExtractor();
  private final SpeechParser parser = new SpeechParser();
  private final RegionResolver regions;

  SpeechAssembler(RegionResolver regions) {
    this.regions = regions;
  }

  Speech assemble(
      String id, String file, String text, Map<String, String> page, Map<String, String> sidecar) {
    CleanText clean = cleaner.clean(text);
    Map<String, String> pageMeta = new HashMap<>(clean.pageMetadata());
    page.forEach(pageMeta::putIfAbsent);
    SpeechMetadata meta = extractor.extract(clean);
    Map<String, String> sources = new LinkedHashMap<>(meta.sources());

    String title = meta.title();
    if (title == null) {
      title = firstNonBlank(pageMeta.get("htmlTitle"), pageMeta.get("docTitle"));
      if (title != null) sources.put("title", "metadata");
    }
    String subtitle = meta.subtitle();
    String date = meta.date();
    Integer year = meta.year();
    if (year == null) {
      // the file name ("2019_县委讲话.txt"), then the page's own date, which says only when the
      // page was put up: both are fallbacks and say so in sources
      java.util.regex.Matcher m = FILE_YEAR.matcher(fileStem(file));
      if (m.find()) {
        year = Integer.valueOf(m.group(1));
        sources.put("year", "file");
      }
    }
    String pageDate = pageMeta.get("date");
    if (year == null) {
      // a full date first, else a month or an issue without its day (更新时间:2025-11, 2005年第16期)
      year = parseYear(pageDate);
      if (year == null) year = parseYear(pageMeta.get("pageYear"));
      if (year != null) sources.put("year", "page");
    }
    // the page's date stands in for the speech's only where the year is the page's too
    if (date == null && pageDate != null && "page".equals(sources.get("year"))) {
      date = pageDate;
      sources.put("date", "page");
    }
    String speaker = meta.speaker();

    String body = clean.bodyText();
    // an open-information page's publisher field stands where a byline would
    List<String> heads = new ArrayList<>(clean.headLines());
    String publisher = clean.pageMetadata().get("fieldPublisher");
    if (publisher != null) heads.add(publisher);
    String lead = String.join("\n", heads) + "\n" + prefix(body, LEAD_CHARS);
    Region region =
        regions.resolve(
            Script.simplified(title),
            Script.simplified(subtitle),
            Script.simplified(lead),
            // a byline among the head lines names the speaker's office ("中国老年大学协会会长张晓林")
            // read together: one short line (縣長***) has too few telltale characters to convert
            bylines(heads, speaker));
    if (region.level() != null
        && !"国家".equals(region.level())
        && region.mostSpecificName() == null) {
      Optional<String> province = regions.soleProvinceNamed(Script.simplified(body));
      if (province.isPresent()) region = new Region(region.level(), province.get(), null, null);
    }
    if (region.level() != null) sources.put("region", "text");

    if (sidecar.containsKey("title")) title = put(sources, "title", sidecar.get("title"));
    if (sidecar.containsKey("subtitle"))
      subtitle = put(sources, "subtitle", sidecar.get("subtitle"));
    if (sidecar.containsKey("speaker")) speaker = put(sources, "speaker", sidecar.get("speaker"));
    if (sidecar.containsKey("date")) date = put(sources, "date", sidecar.get("date"));
    if (sidecar.containsKey("year") && parseYear(sidecar.get("year")) != null) {
      year = parseYear(sidecar.get("year"));
      sources.put("year", "manifest");
    } else if (sidecar.containsKey("date") && parseYear(date) != null) {
      year = parseYear(date);
      sources.put("year", "manifest");
    }
    if (sidecar.containsKey("region")) {
      Region r = regions.fromManifest(sidecar.get("region"));
      if (r.level() != null) {
        region = r;
        sources.put("region", "manifest");
      }
    }

    SpeechParser.Body parsed = parser.parse(body, clean.gapOffsets());
    List<Unit> units = build(id, parsed.units(), List.of());
    return new Speech(
        id,
        file,
        title,
        subtitle,
        date,
        year,
        sources,
        region,
        speaker,
        clean.truncated() || Truncation.endsMidSentence(parsed.lastText()),
        clean.cleaning(),
        List.of(),
        parsed.preamble(),
        units,
        parsed.closing(),
        parsed.appendix());
  }

  /** Builds units with ids and paths. */
  private List<Unit> build(String prefix, List<SpeechParser.Node> nodes, List<String> path) {
    List<Unit> out = new ArrayList<>(nodes.size());
    for (int i = 0; i < nodes.size(); i++) {
      SpeechParser.Node n = nodes.get(i);
      String id = prefix + (path.isEmpty() ? "-" : ".") + (i + 1);
      List<String> childPath = new ArrayList<>(path);
      childPath.add(n.heading());
      List<Unit> children = build(id, n.children(), childPath);
      out.add(
          new Unit(
              id,
              children.isEmpty() ? Unit.MEASURE : Unit.SECTION,
              n.marker(),
              n.ordinal(),
              n.heading(),
              n.text(),
              path,
              List.of(),
              children,
              n.tail()));
    }
    return out;
  }

  private static String put(Map<String, String> sources, String key, String value) {
    sources.put(key, "manifest");
    return value;
  }

  private static String firstNonBlank(String... values) {
    for (String v : values) if (v != null && !v.isBlank()) return v.strip();
    return null;
  }

  private static Integer parseYear(String value) {
    if (value == null) return null;
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("(?<!\\d)(1[89]\\d{2}|20\\d{2})(?!\\d)").matcher(value);
    return m.find() ? Integer.valueOf(m.group(1)) : null;
  }

  /** The file name without folders and extension: years in it are the user's own record. */
  private static String fileStem(String file) {
    String name = java.nio.file.Path.of(file).getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  private static String prefix(String s, int n) {
    return s.length() <= n ? s : s.substring(0, n);
  }

  /**
   * The head lines as bylines, simplified together (one short line, 縣長***, has too few telltale
   * characters to convert), and the speaker the metadata found: it was read converted from a
   * traditional page whose head alone does not look traditional (國務院副總理吳儀 over 同志們).
   */
  private static List<String> bylines(List<String> heads, String speaker) {
    List<String> out =
        new ArrayList<>(List.of(Script.simplified(String.join("\n", heads)).split("\n")));
    if (speaker != null) out.add(speaker.replace(" ", ""));
    return out;
  }
}

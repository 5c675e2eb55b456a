package speechsearch.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import speechsearch.analysis.TokenizerChoice;
import speechsearch.index.IndexLayout;
import speechsearch.index.Reindexer;
import speechsearch.ingest.SpeechIngester;
import speechsearch.ingest.metadata.RegionResolver;
import speechsearch.search.IndexHandle;
import speechsearch.search.SearchRequest;
import speechsearch.search.SearchResponse;
import speechsearch.search.SearchService;

/** A small index of four speeches written for the search tests, built with the real pipeline. */
public final class SmallIndex implements AutoCloseable {
  public final Path root;
  public final IndexHandle handle;
  public final SearchService service;

  static final String HUNAN =
      "在全市教育工作会议上的讲话\n同志们：\n今天召开全市教育工作会议。\n"
          + "一、加强教师队伍建设\n"
          + "（一）推进教师轮岗。全面推行县管校聘，推进义务教育教师轮岗交流，每年交流比例不低于10%。\n"
          + "（二）提高乡村教师待遇。落实乡村教师生活补助，让乡村教师安心从教。\n"
          + "二、深化课程改革\n"
          + "（一）落实“双减”。严控作业总量，提升课后服务水平。\n"
          + "（二）加强科学教育。建设科学实验室，开展科普活动。\n";

  static final String HUBEI =
      "在全省教育大会上的讲话\n同志们：\n"
          + "一、促进教育公平\n"
          + "（一）减轻学生作业负担和校外培训负担。规范校外培训机构，强化学校教育主阵地作用。\n"
          + "（二）扩大优质资源。推进集团化办学，教师和轮岗制度配套实施。\n"
          + "二、保障校园安全\n"
          + "（一）防范学生欺凌。建立排查机制，<script>alert(1)</script>不得出现。\n";

  static final String SICHUAN =
      "在全省教师工作会议上的讲话\n同志们：\n"
          + "一、建设高素质教师队伍\n"
          + "（一）完善教師輪崗制度。城鎮教師到鄉村學校任教。\n"
          + "（二）加强师德师风建设。建立师德考核档案。\n";

  static final String BEIJING =
      "在全市科技工作会议上的讲话\n同志们：\n"
          + "一、发展新质生产力\n"
          + "（一）建设国际科技创新中心。加快关键核心技术攻关，培育专精特新企业。\n"
          + "（二）支持人工智能产业。建设算力平台，推动人工智能赋能千行百业。\n";

  private SmallIndex(Path root) throws IOException {
    this(
        root,
        Map.of(
            "hunan.txt", HUNAN, "hubei.txt", HUBEI, "sichuan.txt", SICHUAN, "beijing.txt", BEIJING),
        "file\ttitle\tyear\tregion\n"
            + "hunan.txt\t在全市教育工作会议上的讲话\t2024\t湖南省长沙市\n"
            + "hubei.txt\t在全省教育大会上的讲话\t2025\t湖北省\n"
            + "sichuan.txt\t在全省教师工作会议上的讲话\t2023\t四川省\n"
            + "beijing.txt\t在全市科技工作会议上的讲话\t2026\t北京市\n");
  }

  private SmallIndex(Path root, Map<String, String> speeches, String manifest) throws IOException {
    this(root, written(root.resolve("speeches"), speeches, manifest));
  }

  private static Path written(Path src, Map<String, String> speeches, String manifest)
      throws IOException {
    Files.createDirectories(src);
    for (Map.Entry<String, String> e : speeches.entrySet()) write(src, e.getKey(), e.getValue());
    if (manifest != null) {
      Files.writeString(src.resolve("MANIFEST.tsv"), manifest, StandardCharsets.UTF_8);
    }
    return src;
  }

  private SmallIndex(Path root, Path src) throws IOException {
    this(root, List.of(src));
  }

  /** The index (under root) of the speech files in the folders, with its handle and service. */
  private SmallIndex(Path root, List<Path> sources) throws IOException {
    this.root = root;
    IndexLayout layout = new IndexLayout(root.resolve("index"));
    new Reindexer(SpeechIngester.withDefaults(), TokenizerChoice.FAST, 2)
        .reindex(sources, layout, Reindexer.Progress.NONE);
    this.handle = new IndexHandle(layout, TokenizerChoice.FAST);
    handle.refresh();
    this.service = new SearchService(handle, RegionResolver.load());
  }

  public static SmallIndex build(Path dir) throws IOException {
    return new SmallIndex(dir);
  }

  /** An index of the speech files in a folder (the seeds, say). */
  public static SmallIndex ofFolder(Path dir, Path speeches) throws IOException {
    return new SmallIndex(dir, speeches);
  }

  /** An index of the speech files in several folders (the corpus and the seeds, say). */
  public static SmallIndex ofFolders(Path dir, List<Path> folders) throws IOException {
    return new SmallIndex(dir, folders);
  }

  /** An index of the given speeches (file name to text), without a manifest. */
  public static SmallIndex of(Path dir, Map<String, String> speeches) throws IOException {
    return new SmallIndex(dir, speeches, null);
  }

  private static void write(Path dir, String name, String text) throws IOException {
    Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  public SearchResponse search(String q, int size) throws IOException {
    return service.search(SearchRequest.of(q, size));
  }

  @Override
  public void close() throws IOException {
    handle.close();
  }
}

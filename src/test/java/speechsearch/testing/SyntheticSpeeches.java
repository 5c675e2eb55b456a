package speechsearch.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Small speeches written for the index tests, each with measures no other one shares, so that no
 * two are merged as duplicates: {@code s00.txt}, {@code s01.txt}, …
 */
public final class SyntheticSpeeches {
  private SyntheticSpeeches() {}

  private static final String[] PLACES = {
    "东湖", "西山", "南岭", "北川", "青溪", "白石", "红岩", "金沙", "玉泉", "松林"
  };
  private static final String[] WORKS = {
    "乡村教师周转宿舍", "城区学校集团化办学", "课后服务经费保障", "校园食品安全管理", "中小学心理健康教育",
    "职业学校产教融合", "学前教育普惠扩容", "特殊教育随班就读", "校外培训机构监管", "教师师德考核档案",
    "县域高中质量提升", "学生近视综合防控"
  };

  /** The text of speech {@code i}: four numbered measures of its own. */
  public static String text(int i) {
    String place = PLACES[i % PLACES.length] + (i / PLACES.length == 0 ? "" : String.valueOf(i));
    StringBuilder sb = new StringBuilder();
    sb.append("在").append(place).append("县第").append(i + 1).append("次教育工作会议上的讲话\n同志们：\n");
    sb.append("今天召开会议，部署").append(place).append("县下一阶段的教育重点工作。\n");
    sb.append("一、抓好重点任务\n");
    String[] ordinals = {"一", "二", "三", "四"};
    for (int k = 0; k < 4; k++) {
      String work = WORKS[(i * 4 + k) % WORKS.length];
      int n = 1000 + i * 37 + k * 11;
      sb.append(ordinals[k])
          .append("是推进")
          .append(place)
          .append(work)
          .append("，第")
          .append(n)
          .append("号方案明确")
          .append(place)
          .append("今年完成")
          .append(n % 97)
          .append("项具体任务，由")
          .append(place)
          .append("县教育局第")
          .append(k + i * 4)
          .append("工作组负责落实。\n");
    }
    return sb.toString();
  }

  /** Writes speeches {@code from} to {@code from + count - 1} into {@code dir}; their paths. */
  public static List<Path> write(Path dir, int from, int count) throws IOException {
    Files.createDirectories(dir);
    List<Path> out = new ArrayList<>();
    for (int i = from; i < from + count; i++) {
      Path f = dir.resolve(String.format(java.util.Locale.ROOT, "s%02d.txt", i));
      Files.writeString(f, text(i), StandardCharsets.UTF_8);
      out.add(f);
    }
    return out;
  }
}

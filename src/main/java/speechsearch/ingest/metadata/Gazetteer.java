package speechsearch.ingest.metadata;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Provinces, prefecture-level cities and county-level units of China, read from the CSV files under
 * {@code gazetteer/} on the classpath, indexed by full name and by common short form.
 */
final class Gazetteer {

  /** Rank of a place: 1 province, 2 city, 3 county. */
  record Place(int rank, String name, String province, String city) {
    boolean isMunicipality() {
      return rank == 1 && MUNICIPALITIES.contains(name);
    }

    String county() {
      return rank == 3 ? name : null;
    }
  }

  static final List<String> MUNICIPALITIES = List.of("北京市", "天津市", "上海市", "重庆市");

  // Ethnic groups named in autonomous prefectures and counties; stripped to get the short form
  // people actually say (延边朝鲜族自治州 -> 延边).
  private static final List<String> ETHNIC =
      List.of(
          "朝鲜族", "土家族", "布依族", "哈尼族", "景颇族", "傈僳族", "蒙古族", "维吾尔", "柯尔克孜", "哈萨克", "塔吉克", "锡伯",
          "达斡尔族", "鄂温克族", "鄂伦春", "满族", "苗族", "藏族", "羌族", "彝族", "侗族", "壮族", "傣族", "白族", "回族", "瑶族",
          "畲族", "黎族", "水族", "仡佬族", "拉祜族", "佤族", "纳西族", "怒族", "普米族", "独龙族", "土族", "撒拉族", "东乡族",
          "保安族", "裕固族", "仫佬族", "毛南族", "各族", "蒙古");

  private final Map<String, List<Place>> byFullName = new HashMap<>();
  private final List<String> provinceNames = new java.util.ArrayList<>();
  private final Map<String, List<Place>> byShortName = new HashMap<>();

  static Gazetteer load() {
    Gazetteer g = new Gazetteer();
    Map<String, String> provinces = new LinkedHashMap<>();
    readCsv("provinces.csv", r -> provinces.put(r[0], r[1]));
    Map<String, String> cities = new HashMap<>();
    readCsv(
        "cities.csv",
        r -> {
          String province = provinces.get(r[2]);
          // 市辖区/县 stand for a municipality's own districts: their city is the municipality.
          // 省直辖县级行政区划 groups county-level cities under no prefecture: no city at all.
          if (r[1].equals("市辖区") || r[1].equals("县")) {
            cities.put(r[0], province);
          } else if (!r[1].endsWith("直辖县级行政区划")) {
            cities.put(r[0], r[1]);
            g.add(new Place(2, r[1], province, null));
          }
        });
    provinces.values().forEach(p -> g.add(new Place(1, p, p, null)));
    provinces.values().stream()
        .filter(p -> p.endsWith("省") || p.endsWith("自治区"))
        .forEach(g.provinceNames::add);
    readCsv("areas.csv", r -> g.add(new Place(3, r[1], provinces.get(r[3]), cities.get(r[2]))));
    return g;
  }

  private void add(Place place) {
    byFullName.computeIfAbsent(place.name(), k -> new ArrayList<>()).add(place);
    String shortName = shortName(place);
    if (shortName != null && !shortName.equals(place.name())) {
      byShortName.computeIfAbsent(shortName, k -> new ArrayList<>()).add(place);
    }
  }

  static String shortName(Place place) {
    String n = place.name();
    String stem = n;
    if (n.endsWith("自治区") || n.endsWith("自治州") || n.endsWith("自治县") || n.endsWith("自治旗")) {
      stem = stripEthnic(n.substring(0, n.length() - 3));
    } else if (n.endsWith("地区")) {
      stem = n.substring(0, n.length() - 2);
    } else if (n.endsWith("省") || n.endsWith("市") || n.endsWith("县") || n.endsWith("盟")) {
      stem = n.substring(0, n.length() - 1);
    } else if (n.endsWith("区") || n.endsWith("旗")) {
      // District and banner stems (朝阳, 城) read as ordinary words too often to stand alone.
      return null;
    }
    return stem.length() >= 2 ? stem : null;
  }

  private static String stripEthnic(String s) {
    boolean stripped = true;
    while (stripped) {
      stripped = false;
      for (String e : ETHNIC) {
        if (s.endsWith(e) && s.length() > e.length() + 1) {
          s = s.substring(0, s.length() - e.length());
          stripped = true;
        }
      }
    }
    return s;
  }

  /** Provinces and autonomous regions by full name (municipalities are also cities: left out). */
  List<String> provinceNames() {
    return provinceNames;
  }

  List<Place> byFullName(String name) {
    return byFullName.getOrDefault(name, List.of());
  }

  List<Place> byShortName(String name) {
    return byShortName.getOrDefault(name, List.of());
  }

  Iterable<String> fullNames() {
    return byFullName.keySet();
  }

  Iterable<String> shortNames() {
    return byShortName.keySet();
  }

  private static void readCsv(String file, Consumer<String[]> row) {
    String resource = "/gazetteer/" + file;
    try (InputStream in = Gazetteer.class.getResourceAsStream(resource)) {
      if (in == null) throw new IllegalStateException("missing resource " + resource);
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      reader.readLine(); // header
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank()) continue;
        String[] cells = line.split(",", -1);
        for (int i = 0; i < cells.length; i++) cells[i] = cells[i].replace("\"", "").strip();
        row.accept(cells);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}

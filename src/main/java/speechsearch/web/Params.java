package speechsearch.web;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;

/** Query parameters read with clear messages for bad values. */
final class Params {
  private Params() {}

  static String string(Context ctx, String name, int maxLength) {
    String v = ctx.queryParam(name);
    if (v != null && v.length() > maxLength) {
      throw tooLong(name, maxLength);
    }
    checkText(name, v);
    return v;
  }

  static ApiError tooLong(String name, int maxLength) {
    return ApiError.badRequest(
        name + " is longer than " + maxLength + " characters", name + " 超过 " + maxLength + " 个字符");
  }

  static List<String> strings(Context ctx, String name) {
    List<String> out = new ArrayList<>();
    for (String v : ctx.queryParams(name)) {
      if (v.length() > 100) {
        throw ApiError.badRequest(
            name + " values are at most 100 characters", name + " 的每个值最多 100 个字符");
      }
      checkText(name, v);
      for (String part : v.split(",")) if (!part.isBlank()) out.add(part.strip());
    }
    if (out.size() > 50) {
      throw ApiError.badRequest("at most 50 " + name + " values", name + " 最多 50 个值");
    }
    return out;
  }

  static Integer integer(Context ctx, String name) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) return null;
    return parse(name, v);
  }

  static int integer(Context ctx, String name, int defaultValue) {
    Integer v = integer(ctx, name);
    return v == null ? defaultValue : v;
  }

  static List<Integer> integers(Context ctx, String name) {
    List<Integer> out = new ArrayList<>();
    for (String v : strings(ctx, name)) out.add(parse(name, v));
    return out;
  }

  static int parse(String name, String v) {
    try {
      return Integer.parseInt(v.strip());
    } catch (NumberFormatException e) {
      throw ApiError.badRequest(
          name + " must be a whole number, not \"" + abbreviate(v) + "\"",
          name + " 须为整数，而不是“" + abbreviate(v) + "”");
    }
  }

  /** Lone surrogates and control characters mean a broken client or an attack. */
  static void checkText(String name, String v) {
    if (v == null) return;
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < v.length()
          && Character.isLowSurrogate(v.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)
          || c == '\uFFFD'
          || (Character.isISOControl(c) && c != '\n' && c != '\t' && c != '\r')) {
        throw ApiError.badRequest(
            name + " contains invalid characters (broken UTF-8 or control characters)",
            name + " 含有无效字符（损坏的 UTF-8 编码或控制字符）");
      }
    }
  }

  static String abbreviate(String v) {
    String s = v.length() > 20 ? v.substring(0, 20) + "…" : v;
    return s.replaceAll("[\\p{Cntrl}\"<>]", "?");
  }
}

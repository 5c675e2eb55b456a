package speechsearch.web;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;

/** JSON request bodies, with bounded nesting and clear messages. */
final class Bodies {
  static final int MAX_BYTES = 64 * 1024;
  private static final ObjectMapper JSON =
      JsonMapper.builder(
              JsonFactory.builder()
                  .streamReadConstraints(
                      StreamReadConstraints.builder().maxNestingDepth(16).build())
                  .build())
          .build();

  private Bodies() {}

  /**
   * How much of a body declared over {@link #MAX_BYTES} is read and thrown away before the 413 is
   * sent. A server that answers without reading closes the connection while the client is still
   * sending, and the client's operating system then often discards the answer with the reset: the
   * client sees a broken connection instead of the error. Beyond this much the connection is closed
   * all the same; reading more would let one request hold a thread for as long as it likes.
   */
  static final int DRAIN_MAX_BYTES = 1024 * 1024;

  /** The body's bytes, refusing one declared over {@link #MAX_BYTES} with a 413 a client gets. */
  static byte[] bytes(Context ctx) {
    long declared = ctx.req().getContentLengthLong();
    if (declared > MAX_BYTES) {
      if (declared <= DRAIN_MAX_BYTES) drain(ctx);
      throw tooLarge();
    }
    return ctx.bodyAsBytes();
  }

  private static void drain(Context ctx) {
    try (java.io.InputStream in = ctx.req().getInputStream()) {
      byte[] sink = new byte[8192];
      long left = DRAIN_MAX_BYTES;
      for (int n; left > 0 && (n = in.read(sink, 0, (int) Math.min(sink.length, left))) > 0; ) {
        left -= n;
      }
    } catch (java.io.IOException e) {
      // the client went away: there is no one left to answer
    }
  }

  static JsonNode object(Context ctx) {
    byte[] bytes = bytes(ctx);
    if (bytes.length > MAX_BYTES) {
      throw tooLarge();
    }
    try {
      JsonNode n = JSON.readTree(bytes);
      if (n == null || !n.isObject()) {
        throw ApiError.badRequest("the body must be a JSON object", "请求体须为一个 JSON 对象");
      }
      return n;
    } catch (JsonProcessingException e) {
      throw ApiError.badRequest(
          "the body is not valid JSON (or nests too deeply)", "请求体不是有效的 JSON（或嵌套过深）");
    } catch (java.io.IOException e) {
      throw ApiError.badRequest("the body could not be read", "无法读取请求体");
    }
  }

  static ApiError tooLarge() {
    return new ApiError(
        413,
        "too_large",
        "the request body is larger than " + MAX_BYTES / 1024 + " KB",
        "请求体超过 " + MAX_BYTES / 1024 + " KB");
  }

  static String text(JsonNode body, String name, int maxLength) {
    JsonNode v = body.get(name);
    if (v == null || v.isNull()) return null;
    if (!v.isTextual()) throw ApiError.badRequest(name + " must be a string", name + " 须为字符串");
    if (v.asText().length() > maxLength) throw Params.tooLong(name, maxLength);
    Params.checkText(name, v.asText());
    return v.asText();
  }

  static Integer integer(JsonNode body, String name) {
    JsonNode v = body.get(name);
    if (v == null || v.isNull()) return null;
    if (v.isIntegralNumber() && v.canConvertToInt()) return v.asInt();
    if (v.isTextual()) return Params.parse(name, v.asText());
    throw ApiError.badRequest(name + " must be a whole number", name + " 须为整数");
  }

  static int integer(JsonNode body, String name, int defaultValue) {
    Integer v = integer(body, name);
    return v == null ? defaultValue : v;
  }

  static List<String> strings(JsonNode body, String name) {
    JsonNode v = body.get(name);
    List<String> out = new ArrayList<>();
    if (v == null || v.isNull()) return out;
    if (v.isTextual()) out.add(v.asText());
    else if (v.isArray() && v.size() <= 50) v.forEach(e -> out.add(e.asText()));
    else
      throw ApiError.badRequest(
          name + " must be a string or a list of at most 50 strings",
          name + " 须为字符串，或至多 50 个字符串的列表");
    return out;
  }

  static List<Integer> integers(JsonNode body, String name) {
    List<Integer> out = new ArrayList<>();
    for (String s : strings(body, name)) out.add(Params.parse(name, s));
    return out;
  }
}

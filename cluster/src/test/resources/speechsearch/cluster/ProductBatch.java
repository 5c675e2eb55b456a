import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import speechsearch.cli.Main;

/**
 * Runs product commands in one JVM, as the command line runs them (speechsearch.cli.Main): one
 * JSON array of arguments a line on stdin, one JSON object {code, out, err} a line on stdout.
 * Launched from source (java ProductBatch.java) on the product's class path, so it is compiled
 * against the product and never shares a JVM with OpenSearch. Sixty launches of the command line
 * took minutes on a busy machine; this takes one.
 */
public final class ProductBatch {
  public static void main(String[] unused) throws Exception {
    ObjectMapper json = new ObjectMapper();
    PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    for (String line; (line = in.readLine()) != null; ) {
      if (line.isBlank()) continue;
      String[] args = json.readValue(line, String[].class);
      StringWriter o = new StringWriter();
      StringWriter e = new StringWriter();
      int code = Main.commandLine().setOut(new PrintWriter(o)).setErr(new PrintWriter(e)).execute(args);
      Map<String, Object> result = new LinkedHashMap<>();
      result.put("code", code);
      result.put("out", o.toString());
      result.put("err", e.toString());
      out.println(json.writeValueAsString(result));
    }
  }
}

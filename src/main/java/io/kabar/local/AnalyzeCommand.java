package io.kabar.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kabar.analysis.Analysis;
import io.kabar.analysis.AnalysisJson;
import io.kabar.analysis.ArticleException;
import io.kabar.analysis.ErrorCode;
import io.kabar.analysis.Pipeline;
import io.kabar.analysis.Source;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kabar analyze}: the in-process pipeline, no AWS; one JSON object per input. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
    description = {"Run the pipeline in-process (no AWS) and print the analysis JSON of DESIGN.md, one object "
        + "per input. An input that fails prints {\"id\", \"error\": {\"code\", \"message\"}} and the run goes on.",
        "Examples:", "  kabar analyze article.txt page.html", "  cat article.md | kabar analyze -",
        "  kabar analyze --jsonl docs.jsonl   (lines of {\"id\", \"text\"|\"html\", \"lang\"?})",
        "  kabar analyze --format html article.txt > article.html   (a self-contained page: highlights, claims, summary)"})
final class AnalyzeCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files to analyze; '-' reads standard input.")
  List<String> inputs;

  @Option(names = "--jsonl", description = "Each input holds one JSON object a line: {\"id\", \"text\"|\"html\", \"lang\"?}.")
  boolean jsonl;

  /** Output formats of {@code analyze}. */
  enum Format { json, html }

  @Option(names = "--format", defaultValue = "json", description = "json (default) or html: one self-contained page "
      + "with entities highlighted, claims linked to the text and the summary on top (one FILE, not with --jsonl).")
  Format format;

  @Option(names = "--json", description = "JSON output, as by default: accepted so that scripts can pass --json to "
      + "every kabar command (analyze's JSON is its contract, see DESIGN.md); not with --format html.")
  boolean json;

  @Option(names = "--strict", description = "Exit with 3 when some input failed (default: 0 once every input has "
      + "its answer, a failed input's answer being its error code).")
  boolean strict;

  @Option(names = "--pretty", negatable = true, description = "Indent the JSON (default: on for a single file input).")
  Boolean pretty;

  @Override
  public Integer call() {
    Pipeline pipeline = Pipeline.standard();
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.html) {
      if (json) {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--json and --format html exclude each other");
      }
      return html(pipeline, out);
    }
    boolean indent = pretty != null ? pretty : inputs.size() == 1 && !jsonl;
    ObjectWriter writer = indent ? AnalysisJson.mapper().writerWithDefaultPrettyPrinter() : AnalysisJson.mapper().writer();
    int failed = 0;
    for (String input : inputs) {
      if (jsonl) {
        failed += analyzeLines(input, pipeline, writer, out);
      } else {
        failed += emit(analyzeFile(input, pipeline), writer, out);
      }
    }
    out.flush();
    return failed > 0 && strict ? Cli.EXIT_INPUT_FAILED : 0;
  }

  private int html(Pipeline pipeline, PrintWriter out) {
    if (jsonl || inputs.size() != 1) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--format html takes exactly one FILE and no --jsonl");
    }
    String input = inputs.get(0);
    String id = input.equals("-") ? "stdin" : Path.of(input).getFileName().toString();
    try {
      byte[] bytes = input.equals("-") ? System.in.readAllBytes() : Files.readAllBytes(Path.of(input));
      out.print(ArticleHtml.render(ArticleHtml.of(pipeline.analyze(Source.of(id, input.equals("-") ? "" : input, bytes)))));
      out.flush();
      return 0;
    } catch (IOException e) {
      spec.commandLine().getErr().println("kabar: cannot read " + input + ": " + e.getMessage());
      return Cli.EXIT_INPUT_FAILED;
    } catch (ArticleException e) {
      spec.commandLine().getErr().println("kabar: " + id + ": " + e.code() + ": " + e.getMessage());
      return Cli.EXIT_INPUT_FAILED;
    }
  }

  /** The analysis, or the error node; an Analysis is written by streaming, never as a JSON tree (100,000 paragraphs
   * make a tree several times the 512 MB heap a small machine gives the process). */
  private Object analyzeFile(String input, Pipeline pipeline) {
    String id = input.equals("-") ? "stdin" : Path.of(input).getFileName().toString();
    try {
      if (!input.equals("-") && Files.isRegularFile(Path.of(input)) && Files.size(Path.of(input)) > pipeline.maxBytes()) {
        throw Pipeline.tooLarge(Files.size(Path.of(input)), pipeline.maxBytes()); // not read into memory at all
      }
      byte[] bytes = input.equals("-") ? System.in.readAllBytes() : Files.readAllBytes(Path.of(input));
      return pipeline.analyze(Source.of(id, input.equals("-") ? "" : input, bytes));
    } catch (NoSuchFileException e) {
      return error(id, ErrorCode.NOT_FOUND, "no such file: " + input);
    } catch (IOException e) {
      return error(id, ErrorCode.NOT_FOUND, "cannot read " + input + ": " + e.getMessage());
    } catch (ArticleException e) {
      return error(id, e.code(), e.getMessage());
    } catch (OutOfMemoryError e) { // what one input held is garbage now: report it and go on with the next
      return error(id, ErrorCode.PROCESSING_ERROR, "ran out of memory on this input (" + e.getMessage() + ")");
    }
  }

  private int analyzeLines(String input, Pipeline pipeline, ObjectWriter writer, PrintWriter out) {
    int failed = 0;
    try (InputStream in = input.equals("-") ? System.in : Files.newInputStream(Path.of(input));
         BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      int number = 0;
      for (String line; (line = lines.readLine()) != null; ) {
        number++;
        if (!line.isBlank()) {
          failed += emit(analyzeLine(line, input + ":" + number, pipeline), writer, out);
        }
      }
    } catch (NoSuchFileException e) {
      return emit(error(input, ErrorCode.NOT_FOUND, "no such file: " + input), writer, out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + input, e);
    }
    return failed;
  }

  static Object analyzeLine(String line, String where, Pipeline pipeline) {
    JsonNode request;
    try {
      request = AnalysisJson.mapper().readTree(line);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      return error(where, ErrorCode.MALFORMED, "line is not JSON: " + e.getOriginalMessage());
    }
    if (!request.isObject()) {
      return error(where, ErrorCode.MALFORMED, "line is not a JSON object");
    }
    String id = request.path("id").isValueNode() ? request.path("id").asText() : where;
    boolean html = request.path("html").isTextual();
    JsonNode body = html ? request.path("html") : request.path("text");
    if (!body.isTextual()) {
      return error(id, ErrorCode.MALFORMED, "object has neither a \"text\" nor an \"html\" string");
    }
    Optional<String> lang = request.path("lang").isTextual() ? Optional.of(request.path("lang").asText()) : Optional.empty();
    try {
      Analysis analysis = pipeline.analyze(new Source(id, html ? id + ".html" : id + ".txt",
          body.asText().getBytes(StandardCharsets.UTF_8), Optional.of(html ? "text/html" : "text/plain"), lang));
      return analysis;
    } catch (ArticleException e) {
      return error(id, e.code(), e.getMessage());
    }
  }

  static ObjectNode error(String id, ErrorCode code, String message) {
    ObjectNode node = AnalysisJson.mapper().createObjectNode();
    node.put("id", id);
    node.putObject("error").put("code", code.name()).put("message", message);
    return node;
  }

  private static int emit(Object result, ObjectWriter writer, PrintWriter out) {
    try {
      // streamed, not built as one String: an analysis of a 20 MB input is several times that size
      writer.without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(out, result);
      out.println();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return result instanceof Analysis ? 0 : 1;
  }
}

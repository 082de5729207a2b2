package io.kabar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The two artifacts {@code mvn package} builds, as a user and the template use them. */
class JarsIT {
  static final Path LAMBDA_JAR = Path.of("target/kabar-lambda.jar");
  static final Path CLI_JAR = Path.of("target/kabar.jar");

  @Test
  void theLambdaJarHoldsTheFunctionsAndNoLocalStackOrCliLibraries() throws IOException {
    try (JarFile jar = new JarFile(LAMBDA_JAR.toFile())) {
      List<String> names = jar.stream().map(e -> e.getName()).toList();
      assertTrue(names.contains("io/kabar/handler/ParseArticleFunction.class"));
      assertTrue(names.contains("io/kabar/handler/SummarizeArticleFunction.class"));
      assertTrue(names.contains("software/amazon/awssdk/http/urlconnection/UrlConnectionHttpClient.class"));
      // the trained name finders, their custom feature generators and OpenNLP to run them; not the trainer
      for (String ner : List.of("io/kabar/ner/id-ner.bin", "io/kabar/ner/en-ner.bin", "io/kabar/ner/OpenNlpNameFinder.class",
          "io/kabar/ner/WordClusterFeatureGeneratorFactory.class", "io/kabar/ner/CountryGazetteerFeatureGeneratorFactory.class",
          "io/kabar/ner/WordShapeFeatureGeneratorFactory.class", "opennlp/tools/namefind/NameFinderME.class")) {
        assertTrue(names.contains(ner), "kabar-lambda.jar contains " + ner);
      }
      assertFalse(names.stream().anyMatch(n -> n.startsWith("io/kabar/ner/train/")), "no NER training code in kabar-lambda.jar");
      for (String forbidden : List.of("org/gaul/", "picocli/", "io/kabar/local/", "io/kabar/eval/", "net/dankito/", "kotlin/", "software/amazon/event/ruler/",
          "software/amazon/awssdk/http/apache/", "software/amazon/awssdk/http/apache5/", "software/amazon/awssdk/http/nio/netty/", "io/netty/",
          "org/apache/http/", "org/apache/hc/", "org/eclipse/jetty/", "com/amazonaws/services/lambda/runtime/serialization/")) {
        assertFalse(names.stream().anyMatch(n -> n.startsWith(forbidden)), "kabar-lambda.jar must not contain " + forbidden);
      }
    }
    assertTrue(Files.size(LAMBDA_JAR) < 40L * 1024 * 1024, "deployment jar stays under 40 MB");
  }

  @Test
  void theCliJarAnalyzesAFileAsAProcess(@TempDir Path dir) throws Exception {
    Path article = dir.resolve("artikel.txt");
    try (var in = JarsIT.class.getResourceAsStream("/io/kabar/local/samples/Banjir Jakarta – Bekasi.txt")) {
      Files.write(article, in.readAllBytes());
    }
    Path out = dir.resolve("out.json");
    Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-jar", CLI_JAR.toString(), "analyze", article.toString())
        .redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    assertTrue(process.waitFor(60, TimeUnit.SECONDS));

    assertEquals(0, process.exitValue());
    JsonNode json = new ObjectMapper().readTree(out.toFile());
    for (String field : List.of("id", "language", "title", "byline", "publishedAt", "dateline", "text", "paragraphs",
        "removed", "entities", "claims", "summary")) {
      assertTrue(json.has(field), "analysis JSON has " + field);
    }
    assertEquals("id", json.path("language").asText());
    assertFalse(json.path("text").asText().contains("Halaman Selanjutnya"));
  }
}

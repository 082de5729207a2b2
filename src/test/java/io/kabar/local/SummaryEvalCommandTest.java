package io.kabar.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kabar eval summary}: the table and its --json form say the same. */
class SummaryEvalCommandTest {
  @Test
  void jsonCarriesTheFiguresOfTheTable(@TempDir Path dir) throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    Path pairs = dir.resolve("pairs.jsonl");
    String article = "Pemerintah menaikkan harga beras mulai Senin. Menteri Perdagangan mengatakan stok cukup.\n\n"
        + "Harga beras medium naik menjadi Rp 12.000 per kilogram. Pedagang di pasar mengeluhkan kenaikan itu.\n\n"
        + "Bulog akan menyalurkan beras ke seluruh provinsi dalam dua pekan.";
    Files.writeString(pairs, mapper.createObjectNode().put("article", article)
        .put("summary", "Pemerintah menaikkan harga beras mulai Senin.").toString() + "\n");
    StringWriter table = new StringWriter();
    StringWriter json = new StringWriter();
    assertEquals(0, Cli.run(new String[] {"eval", "summary", pairs.toString(), "--lang", "id"},
        new PrintWriter(table, true), new PrintWriter(new StringWriter(), true)));
    assertEquals(0, Cli.run(new String[] {"eval", "summary", pairs.toString(), "--lang", "id", "--json"},
        new PrintWriter(json, true), new PrintWriter(new StringWriter(), true)));
    JsonNode node = mapper.readTree(json.toString());
    assertEquals(1, node.path("pairs").asInt());
    JsonNode lead = node.path("lead3");
    String row = String.format(Locale.ROOT, "%-28s %8.2f %8.2f %8.2f", "LEAD-3 (LeadSummarizer)",
        lead.path("rouge1").asDouble(), lead.path("rouge2").asDouble(), lead.path("rougeL").asDouble());
    assertTrue(table.toString().contains(row), () -> row + "\n" + table);
    assertTrue(node.path("ours").path("rouge1").asDouble() > 0);
  }
}

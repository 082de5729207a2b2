package io.kabar.ner.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * English document silver reads news4k's article bodies only; the clusters read WCXB's article pages as well (as
 * silver those pages, mostly product pages, blogs and how-tos, cost the newswire estimate: docs/NER.md).
 */
class NewsArticlesTest {
  @Test
  void englishSilverReadsNewsOnlyAndTheClustersReadBoth(@TempDir Path shared) throws Exception {
    Path news4k = Files.createDirectories(shared.resolve("data/extraction/news4k"));
    Files.writeString(news4k.resolve("ground-truth.json"),
        "{\"a.html.gz\": {\"articleBody\": \"Ana Lopez spoke.\"}, \"b.html.gz\": {\"articleBody\": \"Lopez left.\"}}");
    Path wcxb = Files.createDirectories(shared.resolve("data/extraction/wcxb-dev-articles/ground-truth"));
    Files.writeString(wcxb.resolve("0001.json"), "{\"ground_truth\": {\"main_content\": \"Buy the Acme Widget.\"}}");
    NerTrainer trainer = new NerTrainer(new NerTrainer.Options("en", shared, shared.resolve("out"),
        shared.resolve("work"), 1, 1, new int[] {64}, 1, false, false, List.of(), false, false, 3, 3,
        NerTrainer.AutoFeatures.OFF, NerTrainer.Learner.PERCEPTRON, Map.of(), 4, List.of(),
        NerTrainer.Silver.OFF, false, false, 0), new PrintWriter(new StringWriter()));

    assertEquals(List.of("Ana Lopez spoke.", "Lopez left."), trainer.newsArticles());
    assertEquals(List.of("Ana Lopez spoke.", "Lopez left.", "Buy the Acme Widget."), trainer.unlabelledArticles());
  }
}

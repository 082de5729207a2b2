package io.kabar.ner.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kabar.analysis.EntityType;
import io.kabar.ner.LabelledSentence;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code train ner --extra-train FILE}: a CoNLL file joins the training sets, whatever {@code --only} keeps. */
class ExtraTrainTest {
  @Test
  void anExtraFileTrainsBesideTheSetsOnlyKeeps(@TempDir Path dir) throws Exception {
    Path en = Files.createDirectories(dir.resolve("data/ner/en"));
    Files.createDirectories(en.resolve("wikigold"));
    Files.writeString(en.resolve("wikigold/wikigold.conll.txt"),
        "-DOCSTART- O\n\nAnn I-PER\nLee I-PER\nspoke O\n\n-DOCSTART- O\n\nBo I-PER\nwrote O\n");
    Files.createDirectories(en.resolve("re3d_open"));
    Files.writeString(en.resolve("re3d_open/a.conll"), "Cy B-Person\nran O\n");
    Files.createDirectories(en.resolve("GUM_news"));
    Files.writeString(en.resolve("GUM_news/a.tsv"), "Di\tperson\nsang\t_\n");
    Path extra = dir.resolve("silver.conll");
    Files.writeString(extra, "Zara\tB-PERSON\nQuill\tI-PERSON\nmet\tO\nAcme\tB-ORGANIZATION\nCorp\tI-ORGANIZATION\n"
        + "in\tO\nLagos\tB-LOCATION\n.\tO\n\nThe\tO\nSummit\tB-EVENT\nended\tO\n");

    NerTrainer trainer = new NerTrainer(new NerTrainer.Options("en", dir, dir.resolve("out"), dir.resolve("work"), 1, 1,
        new int[] {64}, 1, false, false, List.of("wikigold-train"), false, false, 3, 3,
        new NerTrainer.AutoFeatures(List.of(), 5, 0.8, 5, 1), NerTrainer.Learner.PERCEPTRON, Map.of(), 4,
        List.of(extra), NerTrainer.Silver.OFF, false, false, 0),
        new PrintWriter(new StringWriter()));
    List<NerTrainer.Split> train = trainer.splits().get("train");

    assertEquals(List.of("wikigold-train", "extra-silver.conll"), train.stream().map(NerTrainer.Split::name).toList());
    List<LabelledSentence> silver = train.get(1).sentences();
    assertEquals(2, silver.size());
    assertEquals(List.of(new LabelledSentence.Name(0, 2, EntityType.PERSON),
        new LabelledSentence.Name(3, 5, EntityType.ORGANIZATION), new LabelledSentence.Name(6, 7, EntityType.LOCATION)),
        silver.get(0).names());
    assertEquals(List.of(), silver.get(1).names(), "EVENT is not an English type: read as outside");
  }
}

package io.kabar.ner.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kabar train ner --beam}: the beam is the written model's decoder setting (its manifest), also when a pass
 * before it (document silver) tagged text with a model of its own.
 */
class TrainerBeamTest {
  @Test
  void theWrittenModelCarriesTheBeamAskedFor(@TempDir Path dir) throws Exception {
    for (int beam : new int[] {2, 4}) {
      for (NerTrainer.Silver silver : new NerTrainer.Silver[] {NerTrainer.Silver.OFF, new NerTrainer.Silver(1, 1)}) {
        Path run = dir.resolve(beam + "-" + silver.on());
        NerTrainer.Result r = FirstNamesTest.trainer(run, "en", false, false, beam, silver).train();
        assertEquals(String.valueOf(beam), r.model().getManifestProperty("BeamSize"), run.toString());
        assertEquals(String.valueOf(beam), new TokenNameFinderModel(r.modelFile()).getManifestProperty("BeamSize"),
            run + ": the file on disk");
      }
    }
  }
}

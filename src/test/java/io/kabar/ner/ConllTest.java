package io.kabar.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kabar.analysis.EntityType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConllTest {
  private static List<LabelledSentence> read(String s) throws IOException {
    return Conll.read(new BufferedReader(new StringReader(s)), Conll.standardLabels(EntityType.EVENT));
  }

  @Test
  void bioTagsWithPosColumnAndMappedLabels() throws IOException {
    List<LabelledSentence> s = read("-DOCSTART- -X- O O\n\nJoko PROPN B-PER\nWidodo PROPN I-PER\ndi ADP O\n"
        + "Jakarta PROPN B-LOC\nKPK PROPN B-ORG\n\nBank\tB-ORGANISATION\nDunia\tI-ORGANISATION\n");
    assertEquals(2, s.size());
    assertEquals(List.of(new LabelledSentence.Name(0, 2, EntityType.PERSON),
        new LabelledSentence.Name(3, 4, EntityType.LOCATION),
        new LabelledSentence.Name(4, 5, EntityType.ORGANIZATION)), s.get(0).names());
    assertEquals(List.of(new LabelledSentence.Name(0, 2, EntityType.ORGANIZATION)), s.get(1).names());
  }

  @Test
  void ioTagsStartANameWhereTheTypeChangesAndUnknownTypesAreOutside() throws IOException {
    List<LabelledSentence> s = read("Los I-LOC\nAngeles I-LOC\nLakers I-ORG\nJapanese I-MISC\nband O\n");
    assertEquals(List.of(new LabelledSentence.Name(0, 2, EntityType.LOCATION),
        new LabelledSentence.Name(2, 3, EntityType.ORGANIZATION)), s.get(0).names());
  }

  @Test
  void adjacentBNamesStaySeparate() throws IOException {
    List<LabelledSentence> s = read("Jakarta\tB-PLACE\nBandung\tB-PLACE\n");
    assertEquals(2, s.get(0).names().size());
  }
}

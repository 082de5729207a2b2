package io.kabar.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kabar.analysis.EntityType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

  /** Universal NER's layout, as its English EWT and PUD files have it (made-up sentences). */
  private static final String UNER = "# newdoc id = n01001\n"
      + "# sent_id = n01001-0001\n"
      + "# text = Obama aide Kori Schulman wrote in the United States.\n"
      + "1\tObama\tB-ORG\t-\tblvns\n2\taide\tO\t-\t-\n3\tKori\tB-PER\t-\tblvns\n4\tSchulman\tI-PER\t-\tblvns\n"
      + "5\twrote\tO\t-\t-\n6\tin\tO\t-\t-\n7\tthe\tO\t-\t-\n8\tUnited\tB-LOC\t-\tblvns\n"
      + "9\tStates\tI-LOC\t-\tblvns\n10\t.\tO\t-\t-\n\n"
      + "# sent_id = w01001-0001\n"
      + "# text = Iraqi troops entered Mosul .\n"
      + "1\tIraqi\tB-OTH\t-\tstephen\n2\ttroops\tO\n3\tentered\tO\n4\tMosul\tB-LOC\t-\tstephen\n"
      + "5\t.\tB-O\t-\tstephen\n";

  @Test
  void universalNerFilesAreReadByTheirOwnColumnsWithCommentsSkipped(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("x.iob2");
    Files.writeString(file, UNER);
    List<LabelledSentence> s = Conll.read(file, Conll.standardLabels(EntityType.EVENT));
    assertEquals(2, s.size());
    assertEquals(List.of("Obama", "aide", "Kori", "Schulman", "wrote", "in", "the", "United", "States", "."),
        s.get(0).tokens());
    assertEquals(List.of(new LabelledSentence.Name(0, 1, EntityType.ORGANIZATION),
        new LabelledSentence.Name(2, 4, EntityType.PERSON),
        new LabelledSentence.Name(7, 9, EntityType.LOCATION)), s.get(0).names());
    // OTH (a demonym here) and the stray B-O are outside every name
    assertEquals(List.of(new LabelledSentence.Name(3, 4, EntityType.LOCATION)), s.get(1).names());
  }

  @Test
  void universalNerSentencesCanBeChosenByTheirIds(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("x.iob2");
    Files.writeString(file, UNER);
    List<LabelledSentence> news = Conll.read(file, Conll.standardLabels(), id -> id.startsWith("n"));
    assertEquals(1, news.size());
    assertEquals("Obama", news.get(0).tokens().get(0));
    List<LabelledSentence> wiki = Conll.read(file, Conll.standardLabels(), id -> id.startsWith("w"));
    assertEquals(List.of("Iraqi", "troops", "entered", "Mosul", "."), wiki.get(0).tokens());
    // the same text under another name is CoNLL: its first column (the index) would be the token
    Path conll = dir.resolve("x.conll");
    Files.writeString(conll, UNER.replaceAll("(?m)^#.*\n", ""));
    assertEquals("1", Conll.read(conll, Conll.standardLabels()).get(0).tokens().get(0));
  }

  @Test
  void documentsAreTheRunsBetweenTheFilesMarkers(@TempDir Path dir) throws IOException {
    Path conll = dir.resolve("x.txt");
    Files.writeString(conll, "-DOCSTART- O\n\nA B-PER\n.\tO\n\nB B-LOC\n\n-DOCSTART- O\n\nC B-ORG\n\n"
        + "-DOCSTART- O\n\n-DOCSTART- O\n\nD O\n");
    List<List<LabelledSentence>> docs = Conll.readDocuments(conll, Conll.standardLabels(), id -> true);
    assertEquals(List.of(2, 1, 1), docs.stream().map(List::size).toList()); // an empty document is dropped
    assertEquals("B", docs.get(0).get(1).tokens().get(0));
    assertEquals(4, Conll.read(conll, Conll.standardLabels()).size());
    // Universal NER's documents open at "# newdoc id"; a document all of whose sentences are left out goes
    Path uner = dir.resolve("x.iob2");
    Files.writeString(uner, UNER + "\n# newdoc id = n01002\n# sent_id = n01002-0001\n1\tOslo\tB-LOC\n");
    assertEquals(List.of(2, 1), Conll.readDocuments(uner, Conll.standardLabels(), id -> true).stream()
        .map(List::size).toList());
    assertEquals(List.of(1, 1), Conll.readDocuments(uner, Conll.standardLabels(), id -> id.startsWith("n")).stream()
        .map(List::size).toList());
    // a file that marks no document: each sentence is one
    Path bare = dir.resolve("y.txt");
    Files.writeString(bare, "A B-PER\n\nB B-LOC\n\nC O\n");
    assertEquals(List.of(1, 1, 1), Conll.readDocuments(bare, Conll.standardLabels(), id -> true).stream()
        .map(List::size).toList());
  }

  @Test
  void aUniversalNerLineWithoutATagIsAnError(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("x.iob2");
    Files.writeString(file, "# sent_id = a\n1\tJakarta\n");
    IOException e = assertThrows(IOException.class, () -> Conll.read(file, Conll.standardLabels()));
    assertTrue(e.getMessage().contains("1\tJakarta"), e.getMessage());
  }
}

package io.kabar.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.maxent.quasinewton.QNModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.perceptron.PerceptronModel;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.model.GenericModelSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link ModelFileReader} builds the model OpenNLP's own reader builds from the same bytes. */
class ModelFileReaderTest {

  @ParameterizedTest
  @ValueSource(strings = {"id", "en"})
  void shippedModelsReadAsOpenNlpReadsThem(String lang) throws IOException {
    byte[] file;
    try (InputStream in = OpenNlpNameFinder.class.getResourceAsStream("/io/kabar/ner/" + lang + "-ner.bin")) {
      file = in.readAllBytes();
    }
    TokenNameFinderModel theirs = new TokenNameFinderModel(new ByteArrayInputStream(file));
    TokenNameFinderModel ours = new ModelFileReader.NameFinderModel(new ByteArrayInputStream(file));
    AbstractModel a = (AbstractModel) theirs.getArtifact("nameFinder.model");
    AbstractModel b = (AbstractModel) ours.getArtifact("nameFinder.model");
    assertEquals(a.getClass(), b.getClass());
    assertSame(a, b);
    assertEquals(theirs.getManifestProperty("BeamSize"), ours.getManifestProperty("BeamSize"));
    assertArrayEquals((byte[]) theirs.getArtifact("generator.featuregen"), (byte[]) ours.getArtifact("generator.featuregen"));
  }

  @Test
  void everyKindOfStringAndModelTypeRoundTrips() throws IOException {
    Random random = new Random(7);
    String[] outcomes = {"other", "B-PERSON", "I-PERSON", "B-LOCATION"};
    // NUL and characters outside the BMP are where modified UTF-8 differs from UTF-8; U+FFFD is real text
    String[] odd = {"w=a\u0000b", "w=\uD83D\uDE00", "w=\uFFFD", "w=é", "w=中文", "", "w=x".repeat(30_000)};
    int n = 3_000;
    String[] predicates = new String[n];
    Context[] params = new Context[n];
    for (int i = 0; i < n; i++) {
      predicates[i] = i < odd.length ? odd[i] : "p" + i + "=" + Integer.toString(random.nextInt(1 << 20), 36);
      int k = 1 + random.nextInt(outcomes.length);
      int[] which = random.ints(0, outcomes.length).distinct().limit(k).sorted().toArray();
      double[] weights = random.doubles(which.length, -5, 5).toArray();
      params[i] = new Context(which, weights);
    }
    for (AbstractModel model : new AbstractModel[] {new QNModel(params, predicates, outcomes),
        new PerceptronModel(params, predicates, outcomes), new GISModel(params, predicates, outcomes)}) {
      byte[] bytes = write(model);
      AbstractModel theirs = new GenericModelSerializer().create(new ByteArrayInputStream(bytes));
      AbstractModel ours = ModelFileReader.read(bytes);
      assertEquals(theirs.getClass(), ours.getClass());
      assertSame(theirs, ours);
      assertSame(model, ours);
    }
  }

  @Test
  void aStreamOfShortReadsAndWeightRunsLongerThanTheBufferReadTheSame() throws IOException {
    // 20,000 outcomes: one predicate's weights span more than the reader's buffer
    Random random = new Random(11);
    String[] outcomes = new String[20_000];
    for (int o = 0; o < outcomes.length; o++) {
      outcomes[o] = o == 0 ? "other" : "o" + o;
    }
    int[] all = java.util.stream.IntStream.range(0, outcomes.length).toArray();
    String[] predicates = {"w=a", "w=b", "w=c"};
    Context[] params = new Context[predicates.length];
    for (int i = 0; i < params.length; i++) {
      params[i] = new Context(i == 1 ? new int[] {3} : all, random.doubles(i == 1 ? 1 : all.length, -1, 1).toArray());
    }
    byte[] bytes = write(new PerceptronModel(params, predicates, outcomes));
    for (int chunk : new int[] {1, 7, 4096, bytes.length}) {
      AbstractModel ours = ModelFileReader.read(new ShortReads(bytes, chunk));
      assertSame(new GenericModelSerializer().create(new ByteArrayInputStream(bytes)), ours);
    }
  }

  /** A stream that hands out at most {@code chunk} bytes per read, as a network or inflating stream may. */
  private static final class ShortReads extends InputStream {
    private final byte[] bytes;
    private final int chunk;
    private int pos;

    ShortReads(byte[] bytes, int chunk) {
      this.bytes = bytes;
      this.chunk = chunk;
    }

    @Override
    public int read() {
      return pos < bytes.length ? bytes[pos++] & 0xff : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (pos >= bytes.length) {
        return -1;
      }
      int n = Math.min(Math.min(len, chunk), bytes.length - pos);
      System.arraycopy(bytes, pos, b, off, n);
      pos += n;
      return n;
    }
  }

  @Test
  void aTruncatedOrPaddedFileIsAnIoErrorNotAnIndexError() throws IOException {
    Context[] params = {new Context(new int[] {0, 1}, new double[] {0.5, -0.5})};
    byte[] bytes = write(new QNModel(params, new String[] {"w=a"}, new String[] {"other", "B-PERSON"}));
    for (int cut = 0; cut < bytes.length; cut++) {
      byte[] shorter = Arrays.copyOf(bytes, cut);
      assertThrows(IOException.class, () -> ModelFileReader.read(shorter), "cut at " + cut);
    }
    IOException padded = assertThrows(IOException.class, () -> ModelFileReader.read(Arrays.copyOf(bytes, bytes.length + 3)));
    assertTrue(padded.getMessage().contains("after its parameters"), padded.getMessage());
  }

  private static byte[] write(AbstractModel model) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (DataOutputStream data = new DataOutputStream(out)) {
      new GenericModelWriter(model, data).persist();
    }
    return out.toByteArray();
  }

  /** Same outcomes, same predicates, and for each predicate the same weight for each outcome. */
  private static void assertSame(AbstractModel expected, AbstractModel actual) {
    Object[] e = expected.getDataStructures();
    Object[] a = actual.getDataStructures();
    assertArrayEquals((String[]) e[2], (String[]) a[2], "outcomes");
    assertEquals(weights(e), weights(a));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, String> weights(Object[] data) {
    Map<String, String> out = new TreeMap<>();
    for (Map.Entry<String, Context> entry : ((Map<String, Context>) data[1]).entrySet()) {
      Context c = entry.getValue();
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < c.getOutcomes().length; i++) {
        if (c.getParameters()[i] != 0) { // a writer may drop a zero weight; it adds nothing to a score
          b.append(c.getOutcomes()[i]).append(':').append(Double.doubleToLongBits(c.getParameters()[i])).append(' ');
        }
      }
      out.put(entry.getKey(), b.toString());
    }
    return out;
  }
}

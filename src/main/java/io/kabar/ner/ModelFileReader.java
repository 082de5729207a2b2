package io.kabar.ner;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import opennlp.tools.ml.maxent.quasinewton.QNModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.perceptron.PerceptronModel;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.model.ArtifactSerializer;
import opennlp.tools.util.model.GenericModelSerializer;

/**
 * Reads the maxent model inside an OpenNLP model file ({@code nameFinder.model}: OpenNLP's binary format,
 * written by {@code GenericModelWriter}) from one byte array, instead of OpenNLP's stream of small
 * {@code DataInputStream} reads. The result is the model OpenNLP's {@code GenericModelReader} builds from the
 * same bytes (same predicates, outcomes and weights; {@code ModelFileReaderTest}); only the reading is
 * cheaper, which matters in a fresh JVM where a model loads while most code still runs interpreted.
 *
 * <p>The format, all big-endian as {@link DataInputStream} writes it: the model type ({@code QN},
 * {@code Perceptron}, …) as modified UTF-8; the outcome count and names; the outcome-pattern count and each
 * pattern as a string {@code "n o1 o2 …"} (n predicates share outcomes o1, o2, …); the predicate count and
 * names; then, pattern by pattern and predicate by predicate, one double per outcome of its pattern. Types
 * other than {@code QN} and {@code Perceptron} (GIS adds fields) are left to OpenNLP's reader.
 */
final class ModelFileReader {
  private final byte[] bytes;
  private int pos;

  private ModelFileReader(byte[] bytes) {
    this.bytes = bytes;
  }

  /** The model in {@code bytes} (an OpenNLP binary model file). */
  static AbstractModel read(byte[] bytes) throws IOException {
    ModelFileReader r = new ModelFileReader(bytes);
    String type = r.utf();
    boolean qn = type.equals("QN");
    if (!qn && !type.equals("Perceptron")) {
      return new GenericModelSerializer().create(new ByteArrayInputStream(bytes));
    }
    String[] outcomes = r.strings();
    int[][] patterns = r.patterns();
    String[] predicates = r.strings();
    Context[] params = r.parameters(patterns, predicates.length);
    if (r.pos != bytes.length) {
      throw new IOException("model file has " + (bytes.length - r.pos) + " bytes after its parameters");
    }
    return qn ? new QNModel(params, predicates, outcomes) : new PerceptronModel(params, predicates, outcomes);
  }

  private int int32() throws IOException {
    need(4);
    int v = ((bytes[pos] & 0xff) << 24) | ((bytes[pos + 1] & 0xff) << 16) | ((bytes[pos + 2] & 0xff) << 8)
        | (bytes[pos + 3] & 0xff);
    pos += 4;
    return v;
  }

  private void need(int n) throws IOException {
    if (n < 0 || pos + n > bytes.length) {
      throw new IOException("model file ends early (needs " + n + " bytes at " + pos + " of " + bytes.length + ")");
    }
  }

  /**
   * One string as {@link DataInputStream#writeUTF} wrote it. Modified UTF-8 equals UTF-8 except for NUL and
   * characters outside the BMP, which a UTF-8 decoder replaces with U+FFFD: only then (or for a genuine
   * U+FFFD) is the string decoded again the slow, exact way.
   */
  private String utf() throws IOException {
    need(2);
    int len = ((bytes[pos] & 0xff) << 8) | (bytes[pos + 1] & 0xff);
    need(2 + len);
    String s = new String(bytes, pos + 2, len, StandardCharsets.UTF_8);
    if (s.indexOf('\uFFFD') >= 0) {
      s = new DataInputStream(new ByteArrayInputStream(bytes, pos, 2 + len)).readUTF();
    }
    pos += 2 + len;
    if (s.startsWith("CHUNKED-MODEL-PARAMS:")) { // OpenNLP's form of a string longer than 65,535 bytes
      int parts = Integer.parseInt(s.substring("CHUNKED-MODEL-PARAMS:".length()));
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < parts; i++) {
        b.append(utf());
      }
      s = b.toString();
    }
    return s;
  }

  private String[] strings() throws IOException {
    int n = int32();
    need(n * 2);
    String[] out = new String[n];
    for (int i = 0; i < n; i++) {
      out[i] = utf();
    }
    return out;
  }

  /** Each pattern as OpenNLP keeps it: {@code [count, outcome, outcome, …]}. */
  private int[][] patterns() throws IOException {
    String[] text = strings();
    int[][] out = new int[text.length][];
    for (int i = 0; i < text.length; i++) {
      String[] parts = text[i].trim().split(" +");
      out[i] = new int[parts.length];
      for (int j = 0; j < parts.length; j++) {
        out[i][j] = Integer.parseInt(parts[j]);
      }
    }
    return out;
  }

  private Context[] parameters(int[][] patterns, int predicates) throws IOException {
    long total = 0;
    long contexts = 0;
    for (int[] p : patterns) {
      total += (long) p[0] * (p.length - 1);
      contexts += p[0];
    }
    if (contexts != predicates) {
      throw new IOException("outcome patterns cover " + contexts + " predicates, the model names " + predicates);
    }
    if (total > Integer.MAX_VALUE / 8) {
      throw new IOException("model file too large");
    }
    need((int) total * 8);
    double[] all = new double[(int) total];
    ByteBuffer.wrap(bytes, pos, all.length * 8).asDoubleBuffer().get(all);
    pos += all.length * 8;
    Context[] params = new Context[predicates];
    int pid = 0;
    int at = 0;
    for (int[] p : patterns) {
      int[] outcomes = java.util.Arrays.copyOfRange(p, 1, p.length);
      int width = outcomes.length;
      for (int j = 0; j < p[0]; j++) {
        params[pid++] = new Context(outcomes, java.util.Arrays.copyOfRange(all, at, at + width));
        at += width;
      }
    }
    return params;
  }

  /** The {@code model} entries' serializer: reads with {@link ModelFileReader}, writes as OpenNLP does. */
  static final class Serializer implements ArtifactSerializer<AbstractModel> {
    @Override
    public AbstractModel create(InputStream in) throws IOException {
      return read(in.readAllBytes());
    }

    @Override
    public void serialize(AbstractModel artifact, OutputStream out) throws IOException {
      new GenericModelSerializer().serialize(artifact, out);
    }
  }

  /** An OpenNLP name finder model whose {@code .model} entries are read by {@link ModelFileReader}. */
  static final class NameFinderModel extends TokenNameFinderModel {
    private static final long serialVersionUID = 1L;

    NameFinderModel(InputStream in) throws IOException {
      super(in);
    }

    @Override
    protected void createArtifactSerializers(
        java.util.Map<String, ArtifactSerializer<?>> serializers) {
      super.createArtifactSerializers(serializers);
      serializers.put("model", new Serializer());
    }
  }
}

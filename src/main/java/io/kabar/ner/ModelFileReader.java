package io.kabar.ner;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.DoubleBuffer;
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
  /**
   * The read buffer: the longest single read is one string as {@link DataInputStream#writeUTF} writes it (at most
   * 2 + 65,535 bytes); weights are read in runs that fit. Never replaced, so {@link #doubleViews} stay valid.
   */
  private static final int BUFFER = 1 << 17;
  private final InputStream in;
  private final byte[] buf = new byte[BUFFER];
  /** The next unread byte in {@link #buf}, and the end of the bytes read into it. */
  private int pos;
  private int limit;
  /** The file offset of {@code buf[0]}, for error messages. */
  private long base;
  /** Big-endian double views of {@link #buf}, one per byte alignment (pos mod 8), made when first needed. */
  private final DoubleBuffer[] doubleViews = new DoubleBuffer[8];

  private ModelFileReader(InputStream in) {
    this.in = in;
  }

  /** The model in {@code bytes} (an OpenNLP binary model file). */
  static AbstractModel read(byte[] bytes) throws IOException {
    return read(new ByteArrayInputStream(bytes));
  }

  /**
   * The model in {@code in} (an OpenNLP binary model file), read to its end through a fixed buffer: the file is
   * never held whole (a fresh JVM pays for every byte it allocates, in zeroing and in the first collection).
   */
  static AbstractModel read(InputStream in) throws IOException {
    ModelFileReader r = new ModelFileReader(in);
    String type = r.utf();
    boolean qn = type.equals("QN");
    if (!qn && !type.equals("Perceptron")) {
      // nothing consumed yet but the type: the buffer holds the file's start, the stream the rest
      return new GenericModelSerializer().create(
          new java.io.SequenceInputStream(new ByteArrayInputStream(r.buf, 0, r.limit), in));
    }
    String[] outcomes = r.strings();
    int[][] patterns = r.patterns();
    String[] predicates = r.strings();
    Context[] params = r.parameters(patterns, predicates.length);
    if (r.pos < r.limit || in.read() >= 0) {
      throw new IOException("model file has bytes after its parameters (at " + (r.base + r.pos) + ")");
    }
    return qn ? new QNModel(params, predicates, outcomes) : new PerceptronModel(params, predicates, outcomes);
  }

  private int int32() throws IOException {
    need(4);
    int v = ((buf[pos] & 0xff) << 24) | ((buf[pos + 1] & 0xff) << 16) | ((buf[pos + 2] & 0xff) << 8)
        | (buf[pos + 3] & 0xff);
    pos += 4;
    return v;
  }

  /** Makes {@code n} (at most {@link #BUFFER}) bytes available from {@link #pos}, or fails at the file's end. */
  private void need(int n) throws IOException {
    if (limit - pos >= n) {
      return;
    }
    if (n > buf.length) {
      throw new IllegalArgumentException("a read of " + n + " bytes does not fit the buffer");
    }
    System.arraycopy(buf, pos, buf, 0, limit - pos);
    base += pos;
    limit -= pos;
    pos = 0;
    while (limit < n) {
      int r = in.read(buf, limit, buf.length - limit);
      if (r < 0) {
        throw new IOException("model file ends early (needs " + n + " bytes at " + base + ", has " + limit + ")");
      }
      limit += r;
    }
  }

  /**
   * One string as {@link DataInputStream#writeUTF} wrote it. Modified UTF-8 equals UTF-8 except for NUL and
   * characters outside the BMP, which a UTF-8 decoder replaces with U+FFFD: only then (or for a genuine
   * U+FFFD) is the string decoded again the slow, exact way.
   */
  private String utf() throws IOException {
    need(2);
    int len = ((buf[pos] & 0xff) << 8) | (buf[pos + 1] & 0xff);
    need(2 + len);
    String s = new String(buf, pos + 2, len, StandardCharsets.UTF_8);
    if (s.indexOf('\uFFFD') >= 0) {
      s = new DataInputStream(new ByteArrayInputStream(buf, pos, 2 + len)).readUTF();
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

  /** At most this many strings in one list: a count beyond it is a damaged file, not an array to allocate. */
  private static final int MAX_STRINGS = 1 << 26;

  private String[] strings() throws IOException {
    int n = int32();
    if (n < 0 || n > MAX_STRINGS) {
      throw new IOException("model file names " + n + " strings at " + (base + pos - 4));
    }
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
    long contexts = 0;
    for (int[] p : patterns) {
      if (p[0] < 0) {
        throw new IOException("outcome pattern with " + p[0] + " predicates");
      }
      contexts += p[0];
    }
    if (contexts != predicates) {
      throw new IOException("outcome patterns cover " + contexts + " predicates, the model names " + predicates);
    }
    Context[] params = new Context[predicates];
    int pid = 0;
    for (int[] p : patterns) {
      int[] outcomes = java.util.Arrays.copyOfRange(p, 1, p.length);
      for (int j = 0; j < p[0]; j++) {
        double[] weights = new double[outcomes.length];
        doubles(weights);
        params[pid++] = new Context(outcomes, weights);
      }
    }
    return params;
  }

  /** Fills {@code out} with the next big-endian doubles. */
  private void doubles(double[] out) throws IOException {
    for (int done = 0; done < out.length; ) {
      int run = Math.min(out.length - done, BUFFER / 8 - 1);
      need(run * 8);
      int alignment = pos & 7;
      DoubleBuffer view = doubleViews[alignment];
      if (view == null) {
        view = ByteBuffer.wrap(buf, alignment, buf.length - alignment).slice().asDoubleBuffer();
        doubleViews[alignment] = view;
      }
      view.get(pos >>> 3, out, done, run);
      pos += run * 8;
      done += run;
    }
  }

  /** The {@code model} entries' serializer: reads with {@link ModelFileReader}, writes as OpenNLP does. */
  static final class Serializer implements ArtifactSerializer<AbstractModel> {
    @Override
    public AbstractModel create(InputStream in) throws IOException {
      return read(in);
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

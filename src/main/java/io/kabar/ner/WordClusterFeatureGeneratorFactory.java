package io.kabar.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;
import opennlp.tools.util.model.ArtifactSerializer;
import opennlp.tools.util.model.SerializableArtifact;

/**
 * Word cluster features of the lower-cased token from a cluster dictionary stored inside the model
 * under the descriptor's {@code dict} name, so training and inference use the same clusters. Each
 * line is {@code word c1 c2 ...}: one cluster id per clustering (coarse to fine); the features are
 * {@code cl0=c1}, {@code cl1=c2}, ... Our own rather than OpenNLP's {@code WordClusterFeatureGeneratorFactory}:
 * OpenNLP 2.5.6's dictionary writes with the platform charset and its serializer fails on model
 * save ("Stream closed"); this one reads and writes UTF-8 and leaves the model stream open.
 */
public final class WordClusterFeatureGeneratorFactory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {

  @Override
  public AdaptiveFeatureGenerator create() throws InvalidFormatException {
    if (resourceManager == null) {
      return null;
    }
    String key = getStr("dict");
    Object resource = resourceManager.getResource(key);
    if (!(resource instanceof Clusters clusters)) {
      throw new InvalidFormatException("not a word cluster resource: " + key);
    }
    return new Generator(clusters);
  }

  /** The cluster features of {@code tokens[index]} alone (so {@link FastNameTagger} may cache them per word). */
  static final class Generator implements AdaptiveFeatureGenerator {
    private final Clusters clusters;

    Generator(Clusters clusters) {
      this.clusters = clusters;
    }

    @Override
    public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
      String[] c = clusters.lookup(tokens[index].toLowerCase(Locale.ROOT));
      if (c != null) {
        for (String f : c) {
          features.add(f);
        }
      }
    }
  }

  @Override
  public Map<String, ArtifactSerializer<?>> getArtifactSerializerMapping() throws InvalidFormatException {
    Map<String, ArtifactSerializer<?>> mapping = new HashMap<>();
    mapping.put(getStr("dict"), new Serializer());
    return mapping;
  }

  /** A word → clusters map; lines {@code word c1 c2 ...} (non-negative integers), UTF-8. */
  public static final class Clusters implements SerializableArtifact {
    private final Map<String, String[]> map;
    private final List<String[]> table = new ArrayList<>();

    private Clusters(int expected) {
      this.map = new HashMap<>(Math.max(16, expected * 4 / 3 + 1));
    }

    /** From {@code word → "c1 c2 ..."}. */
    public Clusters(Map<String, String> lines) {
      this(lines.size());
      for (Map.Entry<String, String> e : lines.entrySet()) {
        add(e.getKey(), e.getValue(), 0);
      }
    }

    private void add(String word, String line, int from) {
      List<String> features = new ArrayList<>(4);
      int col = 0;
      int i = from;
      while (i < line.length()) {
        int end = line.indexOf(' ', i);
        if (end < 0) {
          end = line.length();
        }
        if (end > i) {
          features.add(feature(col++, Integer.parseInt(line, i, end, 10)));
        }
        i = end + 1;
      }
      map.put(word, features.toArray(String[]::new));
    }

    /** The shared feature string {@code cl<col>=<id>}. */
    private String feature(int col, int id) {
      while (table.size() <= col) {
        table.add(new String[64]);
      }
      String[] row = table.get(col);
      if (id >= row.length) {
        row = java.util.Arrays.copyOf(row, Math.max(id + 1, row.length * 2));
        table.set(col, row);
      }
      if (row[id] == null) {
        row[id] = "cl" + col + "=" + id;
      }
      return row[id];
    }

    /** Reads {@code word c1 c2 ...} lines; does not close {@code in}. */
    public static Clusters read(InputStream in) throws IOException {
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
      Clusters clusters = new Clusters(32_000);
      String line;
      while ((line = r.readLine()) != null) {
        int sp = line.indexOf(' ');
        if (sp > 0) {
          clusters.add(line.substring(0, sp), line, sp + 1);
        }
      }
      return clusters;
    }

    /** The cluster features of a lower-cased word, or null. */
    public String[] lookup(String word) {
      return map.get(word);
    }

    public int size() {
      return map.size();
    }

    void write(OutputStream out) throws IOException {
      StringBuilder sb = new StringBuilder();
      for (Map.Entry<String, String[]> e : new TreeMap<>(map).entrySet()) {
        sb.append(e.getKey());
        for (String f : e.getValue()) {
          sb.append(' ').append(f, f.indexOf('=') + 1, f.length());
        }
        sb.append('\n');
      }
      out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
      out.flush();
    }

    @Override
    public Class<?> getArtifactSerializerClass() {
      return Serializer.class;
    }
  }

  /** Reads and writes {@link Clusters} inside a model zip. */
  public static final class Serializer implements ArtifactSerializer<Clusters> {
    @Override
    public Clusters create(InputStream in) throws IOException {
      return Clusters.read(in);
    }

    @Override
    public void serialize(Clusters artifact, OutputStream out) throws IOException {
      artifact.write(out);
    }
  }
}

package io.kabar.ner;

import java.io.IOException;
import java.io.InputStream;
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

  /**
   * A word → clusters map; lines {@code word c1 c2 ...} (non-negative integers), UTF-8. Loading keeps each
   * line's ids as text and {@link #lookup} turns them into features when asked (model load time: parsing
   * the ~30,000 lines' ids up front was ~40 % of loading the Indonesian model).
   */
  public static final class Clusters implements SerializableArtifact {
    /** Word → its ids, {@code "c1 c2 ..."}. */
    private final Map<String, String> map;

    private Clusters(int expected) {
      this.map = new HashMap<>(Math.max(16, expected * 4 / 3 + 1));
    }

    /** From {@code word → "c1 c2 ..."}. */
    public Clusters(Map<String, String> lines) {
      this(lines.size());
      for (Map.Entry<String, String> e : lines.entrySet()) {
        map.put(e.getKey(), e.getValue());
      }
    }

    /** Reads {@code word c1 c2 ...} lines; does not close {@code in}. */
    public static Clusters read(InputStream in) throws IOException {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      Clusters clusters = new Clusters(32_000);
      int at = 0;
      int length = text.length();
      while (at < length) {
        int nl = text.indexOf('\n', at);
        if (nl < 0) {
          nl = length;
        }
        int sp = text.indexOf(' ', at);
        if (sp > at && sp < nl) {
          int end = nl > sp && text.charAt(nl - 1) == '\r' ? nl - 1 : nl;
          clusters.map.put(text.substring(at, sp), text.substring(sp + 1, end));
        }
        at = nl + 1;
      }
      return clusters;
    }

    /** The cluster features {@code cl<col>=<id>} of a lower-cased word, or null. */
    public String[] lookup(String word) {
      String line = map.get(word);
      if (line == null) {
        return null;
      }
      List<String> features = new ArrayList<>(4);
      int col = 0;
      int i = 0;
      while (i < line.length()) {
        int end = line.indexOf(' ', i);
        if (end < 0) {
          end = line.length();
        }
        if (end > i) {
          features.add("cl" + col++ + "=" + Integer.parseInt(line, i, end, 10));
        }
        i = end + 1;
      }
      return features.toArray(String[]::new);
    }

    public int size() {
      return map.size();
    }

    void write(OutputStream out) throws IOException {
      StringBuilder sb = new StringBuilder();
      for (String word : new TreeMap<>(map).keySet()) {
        sb.append(word);
        for (String f : lookup(word)) {
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

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
   * A word → clusters map; lines {@code word c1 c2 ...} (non-negative integers), UTF-8. Loading keeps the
   * file's bytes as one string, a char per byte (ISO-8859-1: a copy, where decoding UTF-8 in a cold JVM
   * took ~30 ms), and indexes each line's start in an open-addressing table keyed by the hash of the word's
   * bytes, so a load makes no string per word or per id (building a {@code HashMap} of ~22,000 words'
   * substrings was over a quarter of loading the Indonesian model, cold); {@link #lookup} reads the ids when
   * asked.
   */
  public static final class Clusters implements SerializableArtifact {
    /** The lines' UTF-8 bytes, one char per byte, {@code '\n'}-terminated. */
    private final String text;
    /** Line starts + 1 by word hash (0 = empty slot); a power of two long, at most half full. */
    private final int[] slots;
    private final int size;

    private Clusters(String text) {
      this.text = text;
      int lines = 0;
      for (int at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) {
        lines++;
      }
      int capacity = Integer.highestOneBit(Math.max(16, lines * 2 + 1)) << 1;
      int[] table = new int[capacity];
      int count = 0;
      int at = 0;
      int length = text.length();
      while (at < length) {
        int nl = text.indexOf('\n', at);
        if (nl < 0) {
          nl = length;
        }
        int sp = text.indexOf(' ', at);
        if (sp > at && sp < nl) {
          int hash = 0;
          for (int i = at; i < sp; i++) {
            hash = 31 * hash + text.charAt(i);
          }
          int slot = spread(hash) & (capacity - 1);
          while (table[slot] != 0 && !sameWord(table[slot] - 1, text, at, sp - at)) {
            slot = (slot + 1) & (capacity - 1);
          }
          if (table[slot] == 0) {
            count++;
          }
          table[slot] = at + 1; // a later line for the same word wins, as in a map
        }
        at = nl + 1;
      }
      this.slots = table;
      this.size = count;
    }

    /** From {@code word → "c1 c2 ..."}. */
    public Clusters(Map<String, String> lines) {
      this(joined(lines));
    }

    private static String joined(Map<String, String> lines) {
      StringBuilder sb = new StringBuilder();
      for (Map.Entry<String, String> e : new TreeMap<>(lines).entrySet()) {
        sb.append(e.getKey()).append(' ').append(e.getValue()).append('\n');
      }
      return bytewise(sb.toString());
    }

    private static int spread(int hash) {
      return hash ^ (hash >>> 16);
    }

    /** Whether the line at {@code line} holds the word {@code source[from, from + length)} (then a space). */
    private boolean sameWord(int line, String source, int from, int length) {
      return line + length < text.length() && text.charAt(line + length) == ' '
          && text.regionMatches(line, source, from, length);
    }

    /** Reads {@code word c1 c2 ...} lines; does not close {@code in}. */
    public static Clusters read(InputStream in) throws IOException {
      return new Clusters(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1).replace("\r", ""));
    }

    /** {@code s}'s UTF-8 bytes as a string of one char per byte (the form of {@link #text}). */
    private static String bytewise(String s) {
      for (int i = 0; i < s.length(); i++) {
        if (s.charAt(i) >= 0x80) {
          return new String(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        }
      }
      return s;
    }

    /** The start of {@code word}'s line, or -1. */
    private int lineOf(String word) {
      int mask = slots.length - 1;
      int slot = spread(word.hashCode()) & mask;
      while (slots[slot] != 0) {
        int line = slots[slot] - 1;
        if (sameWord(line, word, 0, word.length())) {
          return line;
        }
        slot = (slot + 1) & mask;
      }
      return -1;
    }

    /** The cluster features {@code cl<col>=<id>} of a lower-cased word, or null. */
    public String[] lookup(String word) {
      if (word.indexOf(' ') >= 0 || word.indexOf('\n') >= 0) {
        return null; // no stored word holds one
      }
      word = bytewise(word);
      int line = lineOf(word);
      if (line < 0) {
        return null;
      }
      int nl = text.indexOf('\n', line);
      int lineEnd = nl < 0 ? text.length() : nl;
      List<String> features = new ArrayList<>(4);
      int col = 0;
      int i = line + word.length() + 1;
      while (i < lineEnd) {
        int end = text.indexOf(' ', i);
        if (end < 0 || end > lineEnd) {
          end = lineEnd;
        }
        if (end > i) {
          features.add("cl" + col++ + "=" + Integer.parseInt(text, i, end, 10));
        }
        i = end + 1;
      }
      return features.toArray(String[]::new);
    }

    public int size() {
      return size;
    }

    void write(OutputStream out) throws IOException {
      StringBuilder sb = new StringBuilder();
      java.util.TreeMap<String, String[]> sorted = new TreeMap<>();
      for (int slot : slots) {
        if (slot != 0) {
          int line = slot - 1;
          String bytes = text.substring(line, text.indexOf(' ', line));
          String word = new String(bytes.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
          sorted.put(word, lookup(word));
        }
      }
      for (Map.Entry<String, String[]> e : sorted.entrySet()) {
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

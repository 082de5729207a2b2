package io.kabar.ner;

import java.util.List;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;

/**
 * Word shape features, for the feature descriptor ({@code <generator class="io.kabar.ner.WordShapeFeatureGeneratorFactory"/>}):
 * the token with upper-case letters as {@code X}, lower-case as {@code x}, digits as {@code d}, other
 * characters kept, both in full (up to 12 characters, {@code Xxxxx}) and with runs collapsed
 * ({@code Xx}, {@code X.X.}, {@code d,d}). OpenNLP's token class feature only distinguishes a
 * few classes; the shape tells {@code PDI-P} from {@code Jokowi-JK} and {@code McCain} from {@code Mccain}.
 */
public final class WordShapeFeatureGeneratorFactory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {

  @Override
  public AdaptiveFeatureGenerator create() {
    return new Generator();
  }

  /** The shape of one token, runs collapsed when {@code collapse}. */
  static String shape(String token, boolean collapse, int max) {
    StringBuilder sb = new StringBuilder(Math.min(token.length(), max));
    char last = 0;
    for (int i = 0; i < token.length() && sb.length() < max; ) {
      int cp = token.codePointAt(i);
      i += Character.charCount(cp);
      char c = Character.isUpperCase(cp) ? 'X' : Character.isLetter(cp) ? 'x'
          : Character.isDigit(cp) ? 'd' : cp < 0x10000 ? (char) cp : '?';
      if (!collapse || c != last) {
        sb.append(c);
      }
      last = c;
    }
    return sb.toString();
  }

  static final class Generator implements AdaptiveFeatureGenerator {
    @Override
    public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
      String token = tokens[index];
      features.add("sh=" + shape(token, true, 12));
      features.add("shf=" + shape(token, false, 12));
      if (index > 0) {
        features.add("sh-1=" + shape(tokens[index - 1], true, 8) + ",sh=" + shape(token, true, 8));
      }
      if (index + 1 < tokens.length) {
        features.add("sh=" + shape(token, true, 8) + ",sh+1=" + shape(tokens[index + 1], true, 8));
      }
    }
  }
}

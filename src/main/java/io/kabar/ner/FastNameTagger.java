package io.kabar.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.maxent.quasinewton.QNModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.perceptron.PerceptronModel;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.SequenceCodec;
import opennlp.tools.util.SequenceValidator;
import opennlp.tools.util.Span;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.AggregatedFeatureGenerator;
import opennlp.tools.util.featuregen.BigramNameFeatureGenerator;
import opennlp.tools.util.featuregen.CachedFeatureGenerator;
import opennlp.tools.util.featuregen.OutcomePriorFeatureGenerator;
import opennlp.tools.util.featuregen.PrefixFeatureGenerator;
import opennlp.tools.util.featuregen.SentenceFeatureGenerator;
import opennlp.tools.util.featuregen.SuffixFeatureGenerator;
import opennlp.tools.util.featuregen.TokenClassFeatureGenerator;
import opennlp.tools.util.featuregen.TokenFeatureGenerator;
import opennlp.tools.util.featuregen.WindowFeatureGenerator;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;

/**
 * A decoder for an OpenNLP perceptron or L-BFGS maxent ({@code MAXENT_QN}) name finder model that gives {@link NameFinderME#find}'s
 * answer for the same model, with less work:
 *
 * <ul>
 *   <li>the model's own feature generators run once per token (OpenNLP's beam search asks the context
 *       generator again for every hypothesis in the beam), and each feature string is looked up in the
 *       model once per token, not once per hypothesis;</li>
 *   <li>the token's outcome scores over these features are summed once; each hypothesis only adds the
 *       four features that depend on the previous outcomes ({@code po=}, {@code pow=}, {@code powf=},
 *       {@code ppo=}, as {@code DefaultNameContextGenerator} appends them, last). A cached word keeps its
 *       token-local features already summed into one dense vector per window offset, so a token costs a
 *       few dense additions instead of one sparse addition per feature. The sums are therefore made in
 *       another order than {@code PerceptronModel.eval}'s: scores can differ in the last bits (span
 *       probabilities within 1e-9), and the spans were identical on every dev sentence
 *       ({@code FastNameTaggerTest});</li>
 *   <li>the sequence validator is asked once per (previous outcome, outcome) pair at load time (the BIO
 *       validator looks only at the previous outcome); the beam search is OpenNLP's over outcome indices,
 *       keeping only each step's k best candidates ({@link TopBeam}) instead of a queue of all of them, and
 *       falling back to OpenNLP's queue ({@link QueueBeam}) when equal scores make the queue's order matter.</li>
 * </ul>
 *
 * Immutable and thread-safe once built: the feature generators (stateful in OpenNLP) are per thread.
 * {@link #of} returns null for a model it cannot decode (neither a perceptron nor a QN maxent, or with adaptive
 * feature generators that need previous outcomes); the caller then uses {@link NameFinderME}.
 */
final class FastNameTagger {
  private static final String OTHER = NameFinderME.OTHER;

  private final Map<String, Context> pmap;
  /** True for an L-BFGS maxent model ({@code QNModel}'s normalisation), false for a perceptron. */
  private final boolean logistic;
  private final int numOutcomes;
  private final String[] outcomes;
  private final int otherId;
  private final int beamSize;
  /** {@code valid[prev + 1][o]}: whether outcome o may follow prev (-1: sentence start). */
  private final boolean[][] valid;
  private final Context[] poContexts;
  private final Context[] ppoContexts;
  /**
   * The contexts of the {@code pw,w=} ({@code w,nw=}) word-pair features, found from the two words: building each
   * pair's string and looking it up in the model's large map was a tenth of the English tagger's time. A pair is
   * looked up only when both words can be in one ({@link Word#pairFirst}): most pairs are not.
   */
  private final PairContexts previousPairs;
  private final PairContexts nextPairs;
  /** Small ids of token classes and shapes, for {@link #pairCache}. */
  private final Map<String, Integer> ids = new ConcurrentHashMap<>();
  /** The contexts of class-pair and shape-pair features by (kind, id, id); {@link #NO_CONTEXT} for none. */
  private final LongKeyCache<Context> pairCache = new LongKeyCache<>(MAX_PAIR_CACHE);
  private static final Context NO_CONTEXT = new Context(new int[0], new double[0]);
  /** news4k's 421 pages need 2-4 thousand; past the bound a pair is looked up by its string each time. */
  private static final int MAX_PAIR_CACHE = 16_384;
  /** The po= plus ppo= sums, dense, for every (previous, before previous) outcome pair. */
  private final double[] previousOutcomes;
  private final String[] powPrefix;
  private final String[] powfPrefix;
  private final SequenceCodec<String> codec;
  /** Per outcome, its {@code BioCodec} kind and name type; null for another codec (decoded by the codec). */
  private final int[] bioKind;
  private final String[] bioType;
  private static final int BIO_START = 0;
  private static final int BIO_CONTINUE = 1;
  private static final int BIO_OTHER = 2;
  private static final int BIO_NONE = 3;
  private final ThreadLocal<AdaptiveFeatureGenerator> generators;
  /** Per thread, the feature plan over that thread's generators, or null when the tree is not understood. */
  private final ThreadLocal<Plan> plans;
  /** Per token class ({@code FeatureGeneratorUtil.tokenFeature}), {@link Word#previous}. */
  private final Map<String, double[]> previousByClass = new ConcurrentHashMap<>();
  private static final int MAX_CLASSES = 1_000;
  /** Per word, its model contexts for the token-local features at each window offset (bounded). */
  private final Map<String, Word> words = new ConcurrentHashMap<>();
  private static final int MAX_CACHED_WORDS = 50_000;
  /** Longer tokens (base64, minified code) are looked up each time, never cached. */
  static final int MAX_CACHED_WORD_LENGTH = 32;

  private FastNameTagger(TokenNameFinderModel model, AbstractModel maxent) {
    this.logistic = maxent instanceof QNModel;
    Object[] data = maxent.getDataStructures();
    @SuppressWarnings("unchecked")
    Map<String, Context> map = (Map<String, Context>) data[1];
    this.pmap = map;
    this.numOutcomes = maxent.getNumOutcomes();
    this.outcomes = new String[numOutcomes];
    int other = -1;
    for (int o = 0; o < numOutcomes; o++) {
      outcomes[o] = maxent.getOutcome(o);
      if (outcomes[o].equals(OTHER)) {
        other = o;
      }
    }
    this.otherId = other;
    String beam = model.getManifestProperty("BeamSize");
    this.beamSize = beam == null ? NameFinderME.DEFAULT_BEAM_SIZE : Integer.parseInt(beam);
    this.codec = model.getFactory().createSequenceCodec();
    if (codec.getClass() == BioCodec.class) {
      this.bioKind = new int[numOutcomes];
      this.bioType = new String[numOutcomes];
      java.util.regex.Pattern typed = java.util.regex.Pattern.compile("(.+)-\\w+"); // BioCodec.extractNameType's
      for (int o = 0; o < numOutcomes; o++) {
        String name = outcomes[o];
        bioKind[o] = name.endsWith(BioCodec.START) ? BIO_START : name.endsWith(BioCodec.CONTINUE) ? BIO_CONTINUE
            : name.endsWith(BioCodec.OTHER) ? BIO_OTHER : BIO_NONE;
        java.util.regex.Matcher m = typed.matcher(name);
        bioType[o] = m.matches() ? m.group(1) : null;
      }
    } else {
      this.bioKind = null;
      this.bioType = null;
    }
    SequenceValidator<String> validator = codec.createSequenceValidator();
    String[] dummy = {"a", "b"};
    this.valid = new boolean[numOutcomes + 1][numOutcomes];
    for (int o = 0; o < numOutcomes; o++) {
      valid[0][o] = validator.validSequence(0, dummy, new String[0], outcomes[o]);
      for (int p = 0; p < numOutcomes; p++) {
        valid[p + 1][o] = validator.validSequence(1, dummy, new String[] {outcomes[p]}, outcomes[o]);
      }
    }
    // index numOutcomes stands for "other" before the sentence (po/ppo at the first tokens)
    this.poContexts = new Context[numOutcomes + 1];
    this.ppoContexts = new Context[numOutcomes + 1];
    this.powPrefix = new String[numOutcomes + 1];
    this.powfPrefix = new String[numOutcomes + 1];
    for (int o = 0; o <= numOutcomes; o++) {
      String name = o < numOutcomes ? outcomes[o] : OTHER;
      poContexts[o] = pmap.get("po=" + name);
      ppoContexts[o] = pmap.get("ppo=" + name);
      powPrefix[o] = "pow=" + name + ",";
      powfPrefix[o] = "powf=" + name + ",";
    }
    List<Map.Entry<String, Context>> previousPairFeatures = new ArrayList<>();
    List<Map.Entry<String, Context>> nextPairFeatures = new ArrayList<>();
    for (Map.Entry<String, Context> e : pmap.entrySet()) {
      // a method of its own: compiled after a few hundred keys, where a long loop body stays interpreted
      notePairFeature(e, previousPairFeatures, nextPairFeatures);
    }
    this.previousPairs = PairContexts.of(previousPairFeatures, "pw,w=");
    this.nextPairs = PairContexts.of(nextPairFeatures, "w,nw=");
    // po= and ppo= depend only on the two previous outcomes: their sums, dense, per pair
    this.previousOutcomes = new double[(numOutcomes + 1) * (numOutcomes + 1) * numOutcomes];
    for (int po = 0; po <= numOutcomes; po++) {
      for (int ppo = 0; ppo <= numOutcomes; ppo++) {
        int offset = (po * (numOutcomes + 1) + ppo) * numOutcomes;
        addTo(previousOutcomes, offset, new Context[] {poContexts[po]});
        addTo(previousOutcomes, offset, new Context[] {ppoContexts[ppo]});
      }
    }
    this.generators = ThreadLocal.withInitial(() -> model.getFactory().createFeatureGenerators());
    this.plans = ThreadLocal.withInitial(() -> withPositionContexts(Plan.of(generators.get())));
    plans.get(); // the loading thread's generators (descriptor parsing) are part of the load, not the first sentence
  }

  /** Adds a {@code pw,w=} or {@code w,nw=} predicate to {@code previous} or {@code next}. */
  private static void notePairFeature(Map.Entry<String, Context> feature, List<Map.Entry<String, Context>> previous,
      List<Map.Entry<String, Context>> next) {
    String key = feature.getKey();
    if (key.startsWith("pw,w=")) {
      previous.add(feature);
    } else if (key.startsWith("w,nw=")) {
      next.add(feature);
    }
  }

  /** A fast decoder for {@code model}, or null when it cannot reproduce {@link NameFinderME} exactly. */
  static FastNameTagger of(TokenNameFinderModel model) {
    Object artifact = model.getArtifact("nameFinder.model");
    if (!(artifact instanceof PerceptronModel || artifact instanceof QNModel) || !model.getFactory().getClass()
        .equals(opennlp.tools.namefind.TokenNameFinderFactory.class)) {
      return null;
    }
    Object descriptor = model.getArtifact("generator.featuregen");
    if (descriptor instanceof byte[] bytes) {
      String xml = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
      // features that read previous outcomes or adaptive data would differ per hypothesis
      if (xml.contains("PreviousMapFeatureGenerator") || xml.contains("PreviousTwoMapFeatureGenerator")
          || xml.contains("OutcomePriorFeatureGenerator") || xml.contains("<custom")) {
        return null;
      }
    }
    FastNameTagger t = new FastNameTagger(model, (AbstractModel) artifact);
    return t.otherId < 0 ? null : t;
  }

  /** Whether this thread's feature tree is understood (features cached per word), not just run per token. */
  boolean cachesWords() {
    return plans.get() != null;
  }

  /** Beam node: an outcome, its probability, the accumulated log score and the node before it. */
  private static final class Node implements Comparable<Node> {
    final Node parent;
    final int outcome;
    final double prob;
    final double score;
    final int size;

    Node() {
      parent = null;
      outcome = -1;
      prob = 0;
      score = 0;
      size = 0;
    }

    Node(Node parent, int outcome, double prob, double logProb) {
      this.parent = parent;
      this.outcome = outcome;
      this.prob = prob;
      this.score = parent.score + logProb;
      this.size = parent.size + 1;
    }

    @Override
    public int compareTo(Node o) {
      return Double.compare(o.score, score);
    }
  }

  /**
   * The candidates of one step of the beam search; after {@link #seal}, {@code nodes[0..size)} are the
   * best {@code k} of them, best first, which the next step extends.
   */
  private abstract static class Beam {
    /** OpenNLP's {@code BeamSearch} floor: a sequence must score above it to be kept. */
    static final double MIN_SEQUENCE_SCORE = -100000;

    final Node[] nodes;
    int size;

    Beam(int k) {
      nodes = new Node[k];
    }

    /** The node (parent, outcome), unless its score is not above {@link #MIN_SEQUENCE_SCORE}. */
    abstract void consider(Node parent, int outcome, double prob, double logProb);

    abstract boolean isEmpty();

    abstract void seal();

    abstract void clear();

    /** Whether two candidates had the same score where their order could matter. */
    abstract boolean tied();

    /** Whether no candidate scoring at most {@code score} could be kept (nor tie with a kept one). */
    abstract boolean cannotTake(double score);
  }

  /**
   * OpenNLP's {@code BeamSearch} puts every candidate of a step into a priority queue and then takes the k best:
   * this keeps only those k, without the queue (which was a sixth of the tagger's time). When two scores are
   * equal (a tiny or degenerate model), the order between them is the queue's heap order, so it reports a tie
   * and the sentence is searched again with {@link QueueBeam}.
   */
  private static final class TopBeam extends Beam {
    private boolean tied;

    TopBeam(int k) {
      super(k);
    }

    @Override
    void consider(Node parent, int outcome, double prob, double logProb) {
      double score = parent.score + logProb;
      if (!(score > MIN_SEQUENCE_SCORE)) {
        return;
      }
      if (size == nodes.length) {
        double last = nodes[size - 1].score;
        if (score <= last) {
          tied |= score == last;
          return;
        }
      }
      int at = size < nodes.length ? size++ : nodes.length - 1;
      while (at > 0 && nodes[at - 1].score < score) {
        nodes[at] = nodes[at - 1];
        at--;
      }
      tied |= at > 0 && nodes[at - 1].score == score;
      nodes[at] = new Node(parent, outcome, prob, logProb);
    }

    @Override
    boolean isEmpty() {
      return size == 0;
    }

    @Override
    void seal() {}

    @Override
    void clear() {
      Arrays.fill(nodes, 0, size, null);
      size = 0;
    }

    @Override
    boolean tied() {
      return tied;
    }

    @Override
    boolean cannotTake(double score) {
      return size == nodes.length && score < nodes[size - 1].score;
    }
  }

  /** OpenNLP's search as it is: every candidate in a priority queue, the k best taken from it. */
  private static final class QueueBeam extends Beam {
    private final PriorityQueue<Node> queue;

    QueueBeam(int k) {
      super(k);
      queue = new PriorityQueue<>(k);
    }

    @Override
    void consider(Node parent, int outcome, double prob, double logProb) {
      Node node = new Node(parent, outcome, prob, logProb);
      if (node.score > MIN_SEQUENCE_SCORE) {
        queue.add(node);
      }
    }

    @Override
    boolean isEmpty() {
      return queue.isEmpty();
    }

    @Override
    void seal() {
      size = Math.min(nodes.length, queue.size());
      for (int i = 0; i < size; i++) {
        nodes[i] = queue.remove();
      }
      queue.clear();
    }

    @Override
    void clear() {
      Arrays.fill(nodes, 0, size, null);
      size = 0;
      queue.clear();
    }

    @Override
    boolean tied() {
      return false;
    }

    @Override
    boolean cannotTake(double score) {
      return false; // the queue's heap order depends on every candidate
    }
  }

  /** The names in a tokenised sentence, as {@link NameFinderME#find} gives them (with their probabilities). */
  Span[] find(String[] tokens) {
    int n = tokens.length;
    if (n == 0) {
      return new Span[0];
    }
    Plan plan = plans.get();
    Word[] entries = plan == null ? null : new Word[n];
    double[][] base = plan == null ? staticScores(tokens) : plannedScores(plan, tokens, entries);
    Span[] spans = search(tokens, entries, base, new TopBeam(beamSize), new TopBeam(beamSize));
    // two candidates with the same score: OpenNLP's order between them is its queue's, so search with that queue
    return spans != null ? spans : search(tokens, entries, base, new QueueBeam(beamSize), new QueueBeam(beamSize));
  }

  /** The beam search over the static scores; null when a {@link TopBeam} met a tie it cannot order as OpenNLP would. */
  private Span[] search(String[] tokens, Word[] entries, double[][] base, Beam prev, Beam next) {
    int n = tokens.length;
    // without a plan, each token's pow= strings and token class, made on first use (a plan has them in its words)
    String[][] pow = entries == null ? new String[n][] : null;
    String[] tokenFeature = entries == null ? new String[n] : null;
    // a token's outcome distribution depends on the beam node only through its last two outcomes: nodes that
    // share them (paths that differ earlier) share one distribution, worked out once per token
    int beams = prev.nodes.length;
    double[][] scoresOf = rows(beams, numOutcomes);
    double[][] logsOf = rows(beams, numOutcomes);
    double[] minOf = new double[beams];
    int[] offsetOf = new int[beams];
    double[] sorted = new double[numOutcomes];
    prev.nodes[0] = new Node();
    prev.size = 1;
    for (int i = 0; i < n; i++) {
      int known = 0;
      for (int sc = 0; sc < prev.size; sc++) {
        Node top = prev.nodes[sc];
        if (next.cannotTake(top.score)) {
          // every extension of top scores at most top.score (a log probability is at most 0): none would be kept
          continue;
        }
        int po = i > 0 ? top.outcome : numOutcomes;
        int ppo = i > 1 ? top.parent.outcome : numOutcomes;
        int offset = (po * (numOutcomes + 1) + ppo) * numOutcomes;
        int slot = 0;
        while (slot < known && offsetOf[slot] != offset) {
          slot++;
        }
        double[] scores = scoresOf[slot];
        double[] logs = logsOf[slot];
        if (slot < known) {
          extend(next, top, i, scores, logs, minOf[slot]);
          continue;
        }
        known++;
        offsetOf[slot] = offset;
        if (entries != null) {
          double[] b = base[i];
          double[] previous = entries[i].previous;
          for (int o = 0; o < numOutcomes; o++) {
            scores[o] = b[o] + previous[offset + o];
          }
          add(scores, entries[i].pow[po]);
        } else {
          System.arraycopy(base[i], 0, scores, 0, numOutcomes);
          addDense(scores, previousOutcomes, offset, numOutcomes);
          if (pow[i] == null) {
            pow[i] = new String[numOutcomes + 1];
          }
          String w = pow[i][po];
          if (w == null) {
            w = powPrefix[po] + tokens[i];
            pow[i][po] = w;
          }
          add(scores, pmap.get(w));
          if (tokenFeature[i] == null) {
            tokenFeature[i] = FeatureGeneratorUtil.tokenFeature(tokens[i]);
          }
          add(scores, pmap.get(powfPrefix[po] + tokenFeature[i]));
        }
        normalize(scores, logs);
        if (!logistic) {
          Arrays.fill(logs, Double.NaN); // the perceptron's logarithms: taken when first needed (extend)
        }
        double min = kthLargest(scores, beamSize, sorted);
        minOf[slot] = min;
        extend(next, top, i, scores, logs, min);
      }
      if (next.tied()) {
        return null;
      }
      prev.clear();
      Beam tmp = prev;
      prev = next;
      next = tmp;
      prev.seal();
    }
    if (prev.size == 0) {
      return new Span[0];
    }
    Node best = prev.nodes[0];
    int[] outs = new int[best.size];
    double[] probs = new double[best.size];
    for (Node node = best; node.size > 0; node = node.parent) {
      outs[node.size - 1] = node.outcome;
      probs[node.size - 1] = node.prob;
    }
    Span[] spans = bioKind != null ? decodeBio(outs) : codec.decode(outcomeNames(outs));
    for (int s = 0; s < spans.length; s++) {
      double p = 0;
      for (int j = spans[s].getStart(); j < spans[s].getEnd(); j++) {
        p += probs[j];
      }
      spans[s] = new Span(spans[s], p / spans[s].length());
    }
    return spans;
  }

  /**
   * Offers {@code next} the extensions of {@code top} by the outcomes whose probability reaches the beam's
   * {@code min} and may follow top's outcome, or by every outcome that may when none was taken, as OpenNLP's
   * {@code BeamSearch} does.
   */
  private void extend(Beam next, Node top, int i, double[] scores, double[] logs, double min) {
    boolean[] allowed = valid[i > 0 ? top.outcome + 1 : 0];
    for (int p = 0; p < numOutcomes; p++) {
      if (scores[p] >= min && allowed[p]) {
        next.consider(top, p, scores[p], log(scores, logs, p));
      }
    }
    if (next.isEmpty()) {
      for (int p = 0; p < numOutcomes; p++) {
        if (allowed[p]) {
          next.consider(top, p, scores[p], log(scores, logs, p));
        }
      }
    }
  }

  /**
   * The log probability of outcome {@code p}: the maxent model's from its normalisation; the perceptron's
   * {@code Math.log} of the probability (as {@code PerceptronModel}'s), taken once per distribution and kept in
   * {@code logs} (NaN until then).
   */
  private double log(double[] scores, double[] logs, int p) {
    double l = logs[p];
    if (!logistic && Double.isNaN(l)) {
      l = Math.log(scores[p]);
      logs[p] = l;
    }
    return l;
  }

  private List<String> outcomeNames(int[] outs) {
    String[] names = new String[outs.length];
    for (int i = 0; i < outs.length; i++) {
      names[i] = outcomes[outs[i]];
    }
    return Arrays.asList(names);
  }

  /**
   * {@code BioCodec.decode} over outcome indices, with each outcome's kind and name type worked out once at
   * load: a span starts at a {@code -start} outcome, grows over {@code -cont} ones, ends before {@code other}
   * or the next start, and takes the name type of its last outcome, as {@code BioCodec} does.
   */
  private Span[] decodeBio(int[] outs) {
    List<Span> spans = new ArrayList<>();
    int start = -1;
    int end = -1;
    for (int i = 0; i < outs.length; i++) {
      int kind = bioKind[outs[i]];
      if (kind == BIO_START) {
        if (start != -1) {
          spans.add(new Span(start, end, bioType[outs[i - 1]]));
        }
        start = i;
        end = i + 1;
      } else if (kind == BIO_CONTINUE) {
        end = i + 1;
      } else if (kind == BIO_OTHER && start != -1) {
        spans.add(new Span(start, end, bioType[outs[i - 1]]));
        start = -1;
        end = -1;
      }
    }
    if (start != -1) {
      spans.add(new Span(start, end, bioType[outs[outs.length - 1]]));
    }
    return spans.toArray(new Span[0]);
  }

  /** Per token, the outcome sums over the features that do not depend on previous outcomes. */
  private double[][] staticScores(String[] tokens) {
    AdaptiveFeatureGenerator gen = generators.get();
    String[] none = new String[0];
    List<String> features = new ArrayList<>(64);
    double[][] base = rows(tokens.length, numOutcomes);
    try {
      for (int i = 0; i < tokens.length; i++) {
        features.clear();
        gen.createFeatures(features, tokens, i, none);
        double[] sums = base[i];
        for (int f = 0, size = features.size(); f < size; f++) {
          add(sums, pmap.get(features.get(f)));
        }
      }
    } finally {
      gen.clearAdaptiveData();
    }
    return base;
  }

  /**
   * {@link #staticScores} through a {@link Plan}: the token-local features come from the per-word cache
   * (resolved contexts, no strings), the others from their generators; the order of the sums is the
   * generators' order, as in {@code PerceptronModel.eval}.
   */
  private double[][] plannedScores(Plan plan, String[] tokens, Word[] entries) {
    int n = tokens.length;
    for (int i = 0; i < n; i++) {
      entries[i] = word(plan, tokens[i]);
    }
    String[] none = new String[0];
    List<String> features = new ArrayList<>(16);
    double[][] base = rows(n, numOutcomes);
    int width = numOutcomes;
    boolean[][] featured = null; // per SPARSE_WINDOW step, whether its inner generator gives token i a feature
    try {
      for (int s = 0, steps = plan.steps.size(); s < steps; s++) {
        Step step = plan.steps.get(s);
        if (step.kind == Kind.SPARSE_WINDOW) {
          if (featured == null) {
            featured = new boolean[steps][];
          }
          CountryGazetteerFeatureGeneratorFactory.Generator inner =
              (CountryGazetteerFeatureGeneratorFactory.Generator) step.local;
          boolean[] f = new boolean[n];
          for (int i = 0; i < n; i++) {
            f[i] = inner.hasFeatures(tokens, i);
          }
          featured[s] = f;
        }
      }
      for (int i = 0; i < n; i++) {
        double[] sums = base[i];
        addDense(sums, entries[i].local, 0, width);
        for (int k = 1; k <= plan.maxPrev && i - k >= 0; k++) {
          addDense(sums, entries[i - k].local, k * width, width);
        }
        for (int k = 1; k <= plan.maxNext && i + k < n; k++) {
          addDense(sums, entries[i + k].local, (plan.maxPrev + k) * width, width);
        }
        int place = n == 1 ? 0 : i == 0 ? 1 : i == n - 1 ? 3 : 2;
        for (int s = 0, steps = plan.steps.size(); s < steps; s++) {
          Step step = plan.steps.get(s);
          if (step.kind == Kind.BIGRAM) {
            Word w = entries[i];
            if (i > 0) {
              Word pw = entries[i - 1];
              if (pw.pairFirst && w.pairSecond) {
                add(sums, previousPairs.get(tokens[i - 1], tokens[i]));
              }
              add(sums, pair(0, pw.tokenFeatureId, w.tokenFeatureId, "pwc,wc=", pw.tokenFeature, ",", w.tokenFeature));
            }
            if (i + 1 < n) {
              Word nw = entries[i + 1];
              if (w.pairFirst && nw.pairSecond) {
                add(sums, nextPairs.get(tokens[i], tokens[i + 1]));
              }
              add(sums, pair(1, w.tokenFeatureId, nw.tokenFeatureId, "wc,nc=", w.tokenFeature, ",", nw.tokenFeature));
            }
          } else if (step.kind == Kind.SHAPE) {
            Word w = entries[i];
            if (i > 0) {
              Word pw = entries[i - 1];
              add(sums, pair(2, pw.shapeId, w.shapeId, "sh-1=", pw.shape8, ",sh=", w.shape8));
            }
            if (i + 1 < n) {
              Word nw = entries[i + 1];
              add(sums, pair(3, w.shapeId, nw.shapeId, "sh=", w.shape8, ",sh+1=", nw.shape8));
            }
          } else if (step.kind == Kind.LOCAL) {
            continue; // in the word's dense sums above
          } else if (step.kind == Kind.POSITION) {
            // the step's contexts at this place, resolved once per plan; added here, in the generators' order
            Context[] cs = plan.positionContexts[s][place];
            for (Context c : cs) {
              add(sums, c);
            }
          } else if (step.kind != Kind.SPARSE_WINDOW || anyIn(featured[s], i - step.prev, i + step.next)) {
            // a sparse window with no featured token in it would give nothing: its generator is not asked
            features.clear();
            step.other.createFeatures(features, tokens, i, none);
            for (int f = 0, size = features.size(); f < size; f++) {
              add(sums, pmap.get(features.get(f)));
            }
          }
        }
      }
    } finally {
      for (Step step : plan.steps) {
        if (step.other != null) {
          step.other.clearAdaptiveData();
        }
      }
    }
    return base;
  }

  /** Whether {@code flags} is true anywhere in {@code [from, to]}, clipped to the array. */
  private static boolean anyIn(boolean[] flags, int from, int to) {
    for (int j = Math.max(0, from), last = Math.min(flags.length - 1, to); j <= last; j++) {
      if (flags[j]) {
        return true;
      }
    }
    return false;
  }

  /** The context of the feature {@code prefix + a + middle + b}, cached by (kind, id of a, id of b). */
  private Context pair(int kind, int a, int b, String prefix, String first, String middle, String second) {
    long key = (long) kind << 56 | (long) a << 28 | b;
    Context c = pairCache.get(key);
    if (c == null) {
      c = pmap.get(prefix + first + middle + second);
      c = pairCache.put(key, c == null ? NO_CONTEXT : c);
    }
    return c == NO_CONTEXT ? null : c;
  }

  /**
   * {@code plan} with the model contexts of its {@link Kind#POSITION} steps' features at each of the four places
   * (per step index; the model's known features only): the same few features every token, looked up once here
   * instead of in the model's large map at every token.
   */
  private Plan withPositionContexts(Plan plan) {
    if (plan == null) {
      return null;
    }
    Context[][][] contexts = new Context[plan.steps.size()][][];
    for (int s = 0; s < contexts.length; s++) {
      Step step = plan.steps.get(s);
      if (step.kind == Kind.POSITION) {
        contexts[s] = new Context[4][];
        for (int place = 0; place < 4; place++) {
          contexts[s][place] = step.byPosition.get(place).stream().map(pmap::get).filter(java.util.Objects::nonNull)
              .toArray(Context[]::new);
        }
      }
    }
    return new Plan(plan.steps, plan.slots, plan.maxPrev, plan.maxNext, contexts);
  }

  /** A small id for a token class or shape (the ids of {@link #pair}). */
  private int id(String value) {
    Integer id = ids.get(value);
    if (id == null) {
      synchronized (ids) {
        id = ids.computeIfAbsent(value, v -> ids.size());
      }
    }
    return id;
  }

  private Word word(Plan plan, String token) {
    Word w = words.get(token);
    if (w == null) {
      w = new Word(plan, token);
      if (words.size() < MAX_CACHED_WORDS && token.length() <= MAX_CACHED_WORD_LENGTH) { // no blobs kept for life
        words.putIfAbsent(token, w);
      }
    }
    return w;
  }

  /** The contexts of one word: token-local features per step and window offset, and pow/powf per previous outcome. */
  private final class Word {
    /**
     * The outcome sums of this word's token-local features, dense, one block of {@code numOutcomes}
     * per window offset: block 0 what the word gives itself (its shape features included), block
     * {@code k} (1..maxPrev) what it gives the token {@code k} after it (as that token's previous-k
     * word), block {@code maxPrev + k} what it gives the token {@code k} before it.
     */
    final double[] local;
    final Context[] pow;
    /**
     * {@link #previousOutcomes} plus the {@code powf=} feature of this word's token class, per (previous,
     * before previous) outcome pair: shared by every word of the class.
     */
    final double[] previous;
    /** OpenNLP's token class ({@code FeatureGeneratorUtil.tokenFeature}). */
    final String tokenFeature;
    /** The collapsed shape cut at 8 characters (the shape pair features). */
    final String shape8;
    final int tokenFeatureId;
    final int shapeId;
    /** Whether the word can be the first (second) word of a word-pair feature. */
    final boolean pairFirst;
    final boolean pairSecond;

    Word(Plan plan, String token) {
      Context[][] slots = new Context[plan.slots][];
      String[] one = {token};
      String[] none = new String[0];
      List<String> features = new ArrayList<>(8);
      for (Step step : plan.steps) {
        if (step.kind != Kind.LOCAL) {
          continue;
        }
        features.clear();
        step.local.createFeatures(features, one, 0, none);
        slots[step.slot] = contexts(features, "");
        for (int k = 1; k <= step.prev; k++) {
          slots[step.slot + k] = contexts(features, WindowFeatureGenerator.PREV_PREFIX + k);
        }
        for (int k = 1; k <= step.next; k++) {
          slots[step.slot + step.prev + k] = contexts(features, WindowFeatureGenerator.NEXT_PREFIX + k);
        }
      }
      pow = new Context[numOutcomes + 1];
      String tf = FeatureGeneratorUtil.tokenFeature(token);
      tokenFeature = tf;
      local = new double[(1 + plan.maxPrev + plan.maxNext) * numOutcomes];
      for (Step step : plan.steps) {
        if (step.kind == Kind.LOCAL) {
          addTo(local, 0, slots[step.slot]);
          for (int k = 1; k <= step.prev; k++) {
            addTo(local, k * numOutcomes, slots[step.slot + k]);
          }
          for (int k = 1; k <= step.next; k++) {
            addTo(local, (plan.maxPrev + k) * numOutcomes, slots[step.slot + step.prev + k]);
          }
        } else if (step.kind == Kind.SHAPE) {
          addTo(local, 0, contexts(List.of("sh=" + WordShapeFeatureGeneratorFactory.shape(token, true, 12),
              "shf=" + WordShapeFeatureGeneratorFactory.shape(token, false, 12)), ""));
        }
      }
      shape8 = WordShapeFeatureGeneratorFactory.shape(token, true, 8);
      tokenFeatureId = id(tf);
      shapeId = id(shape8);
      pairFirst = previousPairs.mayBeFirst(token) || nextPairs.mayBeFirst(token);
      pairSecond = previousPairs.mayBeSecond(token) || nextPairs.mayBeSecond(token);
      for (int o = 0; o <= numOutcomes; o++) {
        pow[o] = pmap.get(powPrefix[o] + token);
      }
      double[] shared = previousByClass.get(tf);
      if (shared == null) {
        shared = previousOutcomes.clone();
        for (int po = 0; po <= numOutcomes; po++) {
          Context[] powf = {pmap.get(powfPrefix[po] + tf)};
          for (int ppo = 0; ppo <= numOutcomes; ppo++) {
            addTo(shared, (po * (numOutcomes + 1) + ppo) * numOutcomes, powf);
          }
        }
        if (previousByClass.size() < MAX_CLASSES) {
          previousByClass.putIfAbsent(tf, shared);
        }
      }
      previous = shared;
    }

    /** The model's contexts of {@code prefix + feature}, in feature order, unknown features left out. */
    private Context[] contexts(List<String> features, String prefix) {
      List<Context> out = new ArrayList<>(features.size());
      for (String f : features) {
        Context c = pmap.get(prefix.isEmpty() ? f : prefix + f);
        if (c != null) {
          out.add(c);
        }
      }
      return out.toArray(new Context[0]);
    }
  }

  /** How a top-level generator's features are made. */
  private enum Kind {
    /** Token-local features over a window: cached per word and offset. */
    LOCAL,
    /** OpenNLP's bigram features, from the cached token classes. */
    BIGRAM,
    /** {@link WordShapeFeatureGeneratorFactory}'s features, from the cached shapes. */
    SHAPE,
    /**
     * A window over the country gazetteer, whose features only tokens inside a country name have: which tokens
     * those are is asked once per sentence, and the window generator (its features, in its order) only for a
     * token with such a token in its window; the others get nothing from it, as from the window generator
     * (which asked the inner one three times per token and made two lists).
     */
    SPARSE_WINDOW,
    /**
     * A generator whose features depend only on where the token is: the only token of the sentence, the
     * first, inside, or the last ({@code SentenceFeatureGenerator}; {@code OutcomePriorFeatureGenerator} (the
     * descriptor's definition generator), whose one feature is always there). Asked once, at plan time, for
     * each of the four places; the features' model contexts are resolved then ({@code withPositionContexts}).
     */
    POSITION,
    /** Any other generator, run per token. */
    OTHER
  }

  /** One top-level generator and how its features are made. */
  private record Step(Kind kind, AdaptiveFeatureGenerator local, int prev, int next, int slot,
      AdaptiveFeatureGenerator other, List<List<String>> byPosition) {
    Step(Kind kind, AdaptiveFeatureGenerator local, int prev, int next, int slot, AdaptiveFeatureGenerator other) {
      this(kind, local, prev, next, slot, other, null);
    }

    /** The features of a {@link Kind#POSITION} generator for a single token, the first, an inner and the last. */
    static Step position(AdaptiveFeatureGenerator g) {
      String[] none = new String[0];
      String[] one = {"a"};
      String[] three = {"a", "b", "c"};
      List<List<String>> out = new ArrayList<>(4);
      for (int k = 0; k < 4; k++) {
        List<String> fs = new ArrayList<>(2);
        g.createFeatures(fs, k == 0 ? one : three, k == 0 ? 0 : k - 1, none);
        g.clearAdaptiveData();
        out.add(List.copyOf(fs));
      }
      return new Step(Kind.POSITION, null, 0, 0, -1, null, List.copyOf(out));
    }
  }

  /** The top-level generators of a model's feature tree, in order. */
  private record Plan(List<Step> steps, int slots, int maxPrev, int maxNext, Context[][][] positionContexts) {
    /** Null when the tree is not the cached aggregate OpenNLP builds from a descriptor. */
    static Plan of(AdaptiveFeatureGenerator root) {
      AdaptiveFeatureGenerator g = root;
      if (g instanceof CachedFeatureGenerator cached) {
        g = cached.getCachedFeatureGenerator();
      }
      if (!(g instanceof AggregatedFeatureGenerator aggregated)) {
        return null;
      }
      List<Step> steps = new ArrayList<>();
      int slots = 0;
      try {
        for (AdaptiveFeatureGenerator part : aggregated.getGenerators()) {
          AdaptiveFeatureGenerator inner = part;
          int prev = 0;
          int next = 0;
          if (part instanceof WindowFeatureGenerator window) {
            java.lang.reflect.Field gf = WindowFeatureGenerator.class.getDeclaredField("generator");
            java.lang.reflect.Field pf = WindowFeatureGenerator.class.getDeclaredField("prevWindowSize");
            java.lang.reflect.Field nf = WindowFeatureGenerator.class.getDeclaredField("nextWindowSize");
            gf.setAccessible(true);
            pf.setAccessible(true);
            nf.setAccessible(true);
            inner = (AdaptiveFeatureGenerator) gf.get(window);
            prev = pf.getInt(window);
            next = nf.getInt(window);
          }
          if (isTokenLocal(inner)) {
            steps.add(new Step(Kind.LOCAL, inner, prev, next, slots, null));
            slots += 1 + prev + next;
          } else if (inner.getClass() == CountryGazetteerFeatureGeneratorFactory.Generator.class) {
            steps.add(new Step(Kind.SPARSE_WINDOW, inner, prev, next, -1, part));
          } else if (part.getClass() == BigramNameFeatureGenerator.class) {
            steps.add(new Step(Kind.BIGRAM, null, 0, 0, -1, null));
          } else if (part.getClass() == WordShapeFeatureGeneratorFactory.Generator.class) {
            steps.add(new Step(Kind.SHAPE, null, 0, 0, -1, null));
          } else {
            steps.add(part.getClass() == SentenceFeatureGenerator.class
                || part.getClass() == OutcomePriorFeatureGenerator.class ? Step.position(part)
                : new Step(Kind.OTHER, null, 0, 0, -1, part));
          }
        }
      } catch (ReflectiveOperationException | RuntimeException e) {
        return null;
      }
      int maxPrev = 0;
      int maxNext = 0;
      for (Step step : steps) {
        maxPrev = Math.max(maxPrev, step.prev);
        maxNext = Math.max(maxNext, step.next);
      }
      return new Plan(List.copyOf(steps), slots, maxPrev, maxNext, null);
    }

    /** Generators whose features depend on {@code tokens[index]} alone. */
    private static boolean isTokenLocal(AdaptiveFeatureGenerator g) {
      Class<?> c = g.getClass();
      return c == TokenClassFeatureGenerator.class || c == TokenFeatureGenerator.class
          || c == PrefixFeatureGenerator.class || c == SuffixFeatureGenerator.class
          || c == WordClusterFeatureGeneratorFactory.Generator.class;
    }
  }

  /**
   * {@code new double[count][width]}, one row at a time: C1, the function's only JIT, allocates a two-dimensional
   * array through a runtime call and a one-dimensional one inline.
   */
  private static double[][] rows(int count, int width) {
    double[][] out = new double[count][];
    for (int i = 0; i < count; i++) {
      out[i] = new double[width];
    }
    return out;
  }

  private static void addDense(double[] sums, double[] from, int offset, int width) {
    for (int o = 0; o < width; o++) {
      sums[o] += from[offset + o];
    }
  }

  /** Adds the contexts' parameters into {@code block} of a dense array starting at {@code offset}. */
  private static void addTo(double[] block, int offset, Context[] cs) {
    for (Context c : cs) {
      if (c == null) {
        continue;
      }
      int[] os = c.getOutcomes();
      double[] ps = c.getParameters();
      for (int a = 0; a < os.length; a++) {
        block[offset + os[a]] += ps[a];
      }
    }
  }

  /** {@code ArrayMath.sumFeatures} for one feature of value 1. */
  private static void add(double[] sums, Context c) {
    if (c != null) {
      int[] os = c.getOutcomes();
      double[] ps = c.getParameters();
      for (int a = 0; a < os.length; a++) {
        sums[os[a]] += ps[a] * 1.0;
      }
    }
  }

  /**
   * The {@code k}-th largest of {@code values} (the smallest score that still enters the beam), as
   * {@code sorted[length - k]} of a sorted copy would give, without sorting; {@code top} is scratch space.
   */
  static double kthLargest(double[] values, int k, double[] top) {
    int n = values.length;
    int keep = Math.min(k, n);
    int size = 0;
    for (double v : values) {
      if (size < keep) {
        int j = size++;
        while (j > 0 && top[j - 1] > v) {
          top[j] = top[j - 1];
          j--;
        }
        top[j] = v;
      } else if (v > top[0]) {
        int j = 0;
        while (j + 1 < keep && top[j + 1] < v) {
          top[j] = top[j + 1];
          j++;
        }
        top[j] = v;
      }
    }
    return top[0];
  }

  /**
   * The model's normalisation ({@code PerceptronModel.eval}'s or {@code QNModel.eval}'s): {@code prior} becomes
   * the outcome probabilities and, for the maxent model, {@code logs} their natural logarithms (the beam's
   * scores; for the perceptron the search takes the logarithm of each probability it considers).
   */
  private void normalize(double[] prior, double[] logs) {
    if (logistic) {
      normalizeLogistic(prior, logs);
      return;
    }
    double maxPrior = 1;
    for (int o = 0; o < numOutcomes; o++) {
      if (maxPrior < StrictMath.abs(prior[o])) {
        maxPrior = StrictMath.abs(prior[o]);
      }
    }
    double normal = 0.0;
    for (int o = 0; o < numOutcomes; o++) {
      prior[o] = Math.exp(prior[o] / maxPrior); // the intrinsic; StrictMath's differs in the last bit at most
      normal += prior[o];
    }
    // the logarithms are taken by the search for the outcomes that reach the beam only (a few of the outcomes;
    // one per outcome was a tenth of the English entity step), as PerceptronModel's log(p) exactly
    for (int o = 0; o < numOutcomes; o++) {
      prior[o] /= normal;
    }
  }

  /**
   * {@code QNModel.eval}'s normalisation, the softmax {@code exp(s - logSumOfExps(s))} (OpenNLP's
   * {@code ArrayMath.logSumOfExps}: the max plus the log of the summed shifted exponentials, -inf skipped),
   * with one {@code Math.exp} per outcome instead of two {@code StrictMath.exp} (which were a fifth of the
   * entity step's CPU): {@code exp(s - max) / sum} is the same quantity, and the log probability
   * {@code s - max - log(sum)} needs no logarithm per outcome. Results differ from OpenNLP's in the last bits
   * only ({@code FastNameTaggerTest}: the same spans, probabilities within 1e-9).
   */
  private void normalizeLogistic(double[] prior, double[] logs) {
    double max = Double.NEGATIVE_INFINITY;
    for (int o = 0; o < numOutcomes; o++) {
      max = Math.max(max, prior[o]);
    }
    double sum = 0;
    for (int o = 0; o < numOutcomes; o++) {
      double shifted = prior[o] - max;
      logs[o] = shifted;
      double e = prior[o] == Double.NEGATIVE_INFINITY ? 0 : Math.exp(shifted);
      prior[o] = e;
      sum += e;
    }
    double logSum = Math.log(sum);
    for (int o = 0; o < numOutcomes; o++) {
      prior[o] /= sum;
      logs[o] -= logSum;
    }
  }
}

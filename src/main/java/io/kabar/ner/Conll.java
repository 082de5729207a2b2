package io.kabar.ner;

import io.kabar.analysis.EntityType;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Reads CoNLL-style NER files: one token a line, the token first and its tag last (tab- or
 * space-separated, any columns between), sentences separated by blank lines, {@code -DOCSTART-}
 * lines ignored. Tags are BIO ({@code B-X}/{@code I-X}), IO ({@code I-X} only: a new name starts
 * where the type changes) or bare ({@code X}, as in GUM: treated like IO). A {@code labels} function
 * maps each dataset's type names onto ours; types it maps to empty are read as outside.
 *
 * <p>A file whose name ends in {@code .iob2} is read in Universal NER's layout instead (CoNLL-U-like:
 * {@code #} comment lines, among them {@code # sent_id = ...}; tab-separated columns index, token, BIO tag,
 * then others): see {@link #readUner}. UNER's {@code OTH} (demonyms, works, events) maps to nothing, so
 * it is read as outside.
 */
public final class Conll {
  private Conll() {}

  /** The label mapping every dataset in {@code ../shared/data/ner} needs, case-insensitive. */
  public static final Map<String, EntityType> STANDARD_LABELS = Map.ofEntries(
      Map.entry("person", EntityType.PERSON), Map.entry("per", EntityType.PERSON),
      Map.entry("ppl", EntityType.PERSON),
      Map.entry("organisation", EntityType.ORGANIZATION), Map.entry("organization", EntityType.ORGANIZATION),
      Map.entry("org", EntityType.ORGANIZATION), Map.entry("ind", EntityType.ORGANIZATION),
      Map.entry("corporation", EntityType.ORGANIZATION), Map.entry("group", EntityType.ORGANIZATION),
      Map.entry("place", EntityType.LOCATION), Map.entry("location", EntityType.LOCATION),
      Map.entry("loc", EntityType.LOCATION), Map.entry("plc", EntityType.LOCATION),
      Map.entry("evt", EntityType.EVENT));

  /** {@link #STANDARD_LABELS} as a function, with the given types dropped. */
  public static Function<String, Optional<EntityType>> standardLabels(EntityType... dropped) {
    List<EntityType> drop = List.of(dropped);
    return label -> Optional.ofNullable(STANDARD_LABELS.get(label.toLowerCase(Locale.ROOT)))
        .filter(t -> !drop.contains(t));
  }

  /** Reads a file: CoNLL, or Universal NER's layout when the name ends in {@code .iob2}. */
  public static List<LabelledSentence> read(Path file, Function<String, Optional<EntityType>> labels)
      throws IOException {
    return read(file, labels, id -> true);
  }

  /**
   * Reads a file, keeping in a {@code .iob2} file only the sentences whose {@code # sent_id} passes
   * {@code sentenceIds} (English PUD's news sentences are {@code n...}, its Wikipedia ones {@code w...}); a
   * CoNLL file has no sentence ids, so all its sentences are kept.
   */
  public static List<LabelledSentence> read(Path file, Function<String, Optional<EntityType>> labels,
      Predicate<String> sentenceIds) throws IOException {
    List<LabelledSentence> out = new ArrayList<>();
    readDocuments(file, labels, sentenceIds).forEach(out::addAll);
    return out;
  }

  /**
   * Reads a file as documents: a CoNLL file's {@code -DOCSTART-} lines and a {@code .iob2} file's
   * {@code # newdoc id} lines open one. A file that marks no document gives each sentence as a document of its
   * own (idner-news-2k's or NERGrit's sentences are no article's run of sentences). Documents left empty by
   * {@code sentenceIds} are dropped.
   */
  public static List<List<LabelledSentence>> readDocuments(Path file, Function<String, Optional<EntityType>> labels,
      Predicate<String> sentenceIds) throws IOException {
    Documents documents = new Documents();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      if (file.getFileName().toString().endsWith(".iob2")) {
        readUner(in, labels, sentenceIds, documents);
      } else {
        read(in, labels, documents);
      }
    }
    return documents.list();
  }

  /** Sentences as they are read, grouped by the document markers seen (all in one group while none is). */
  private static final class Documents {
    private final List<List<LabelledSentence>> groups = new ArrayList<>(List.of(new ArrayList<>()));
    private boolean anyMarker;

    void open() {
      anyMarker = true;
      if (!groups.get(groups.size() - 1).isEmpty()) {
        groups.add(new ArrayList<>());
      }
    }

    void add(LabelledSentence sentence) {
      groups.get(groups.size() - 1).add(sentence);
    }

    /** Every sentence, in file order, in a list of the caller's own (as the readers have always returned). */
    List<LabelledSentence> all() {
      List<LabelledSentence> out = new ArrayList<>();
      groups.forEach(out::addAll);
      return out;
    }

    /** The documents: the marked groups, or each sentence alone when the file marks none. */
    List<List<LabelledSentence>> list() {
      return anyMarker ? groups.stream().filter(d -> !d.isEmpty()).map(List::copyOf).toList()
          : all().stream().map(List::of).toList();
    }
  }

  /**
   * Reads Universal NER's {@code .iob2} text: {@code #} lines are comments ({@code # sent_id = X} names the
   * sentence that follows), other lines are tab-separated {@code index token tag ...}, blank lines end a
   * sentence. Sentences whose id fails {@code sentenceIds} are skipped (a sentence without an id is kept).
   */
  public static List<LabelledSentence> readUner(BufferedReader in, Function<String, Optional<EntityType>> labels,
      Predicate<String> sentenceIds) throws IOException {
    Documents documents = new Documents();
    readUner(in, labels, sentenceIds, documents);
    return documents.all();
  }

  private static void readUner(BufferedReader in, Function<String, Optional<EntityType>> labels,
      Predicate<String> sentenceIds, Documents out) throws IOException {
    List<String> tokens = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    boolean keep = true;
    String line;
    while ((line = in.readLine()) != null) {
      if (line.startsWith("#")) {
        if (line.startsWith(SENT_ID)) {
          keep = sentenceIds.test(line.substring(SENT_ID.length()).strip());
        } else if (line.startsWith(NEWDOC_ID)) {
          out.open();
        }
        continue;
      }
      if (line.isBlank()) {
        flushIf(keep, tokens, tags, labels, out);
        keep = true;
        continue;
      }
      String[] parts = line.split("\t");
      if (parts.length < 3) {
        throw new IOException("not a Universal NER line (index, token, tag): " + line);
      }
      tokens.add(parts[1]);
      tags.add(parts[2].strip());
    }
    flushIf(keep, tokens, tags, labels, out);
  }

  private static final String SENT_ID = "# sent_id =";
  private static final String NEWDOC_ID = "# newdoc id =";

  private static void flushIf(boolean keep, List<String> tokens, List<String> tags,
      Function<String, Optional<EntityType>> labels, Documents out) {
    if (keep) {
      flush(tokens, tags, labels, out);
    } else {
      tokens.clear();
      tags.clear();
    }
  }

  /** Reads CoNLL text. */
  public static List<LabelledSentence> read(BufferedReader in,
      Function<String, Optional<EntityType>> labels) throws IOException {
    Documents documents = new Documents();
    read(in, labels, documents);
    return documents.all();
  }

  private static void read(BufferedReader in, Function<String, Optional<EntityType>> labels, Documents out)
      throws IOException {
    List<String> tokens = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    String line;
    while ((line = in.readLine()) != null) {
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("-DOCSTART-")) {
        flush(tokens, tags, labels, out);
        if (!trimmed.isEmpty()) {
          out.open();
        }
        continue;
      }
      String[] parts = trimmed.split("[\t ]+");
      if (parts.length < 2) {
        continue;
      }
      tokens.add(parts[0]);
      tags.add(parts[parts.length - 1]);
    }
    flush(tokens, tags, labels, out);
  }

  private static void flush(List<String> tokens, List<String> tags,
      Function<String, Optional<EntityType>> labels, Documents out) {
    if (tokens.isEmpty()) {
      return;
    }
    List<LabelledSentence.Name> names = new ArrayList<>();
    int start = -1;
    EntityType open = null;
    for (int i = 0; i <= tags.size(); i++) {
      String tag = i < tags.size() ? tags.get(i) : "O";
      boolean begin = tag.startsWith("B-");
      String label = tag.equals("O") ? "" : tag.startsWith("B-") || tag.startsWith("I-") ? tag.substring(2) : tag;
      EntityType type = label.isEmpty() ? null : labels.apply(label).orElse(null);
      if (open != null && (type != open || begin)) {
        names.add(new LabelledSentence.Name(start, i, open));
        open = null;
      }
      if (type != null && open == null) {
        open = type;
        start = i;
      }
    }
    out.add(new LabelledSentence(tokens, names));
    tokens.clear();
    tags.clear();
  }
}

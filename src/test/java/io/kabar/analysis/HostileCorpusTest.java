package io.kabar.analysis;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.kabar.testing.HostileCorpus;
import io.kabar.testing.HostileCorpus.Item;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 7, item 4: every hostile file gives an analysis or one of its documented error codes, in
 * bounded time, and no text field of an analysis carries markup or script. The time bound is a hang
 * guard, not a speed claim (speed is measured by JMH).
 */
@Execution(ExecutionMode.SAME_THREAD)
class HostileCorpusTest {
  /** Generous: the slowest item takes a few seconds on a shared 2-core machine. */
  static final Duration HANG_GUARD = Duration.ofSeconds(120);

  /**
   * The corpus, or the items whose names contain {@code -Dkabar.hostile=…} (for working on one);
   * {@code -Dkabar.hostile=all} runs every item here, the heavy ones too.
   */
  static List<Item> items() {
    String only = System.getProperty("kabar.hostile", "");
    return HostileCorpus.items().stream().filter(i -> only.equals("all") || i.name().contains(only)).toList();
  }

  @Test
  void theCorpusHasEveryKindTheIssueLists() {
    List<Item> all = HostileCorpus.items();
    assertTrue(all.size() >= 30, "at least 30 hostile files");
    assertTrue(all.stream().map(Item::name).distinct().count() == all.size(), "names are unique");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("items")
  void eachGivesAnAnalysisOrADocumentedCode(Item item) {
    assumeTrue(!HostileCorpus.HEAVY.contains(item.name()) || !System.getProperty("kabar.hostile", "").isEmpty(),
        "heavy: run as a process by HostileCorpusIT (or here with -Dkabar.hostile=" + item.name() + ")");
    byte[] bytes = item.bytes().get();
    Object outcome = assertTimeoutPreemptively(HANG_GUARD, () -> {
      try {
        return Pipeline.standard().analyze(Source.of(item.name(), item.name(), bytes));
      } catch (ArticleException e) {
        return e;
      }
    }, item.kind());
    if (outcome instanceof ArticleException e) {
      assertTrue(item.codes().contains(e.code()), item.kind() + ": expected " + (item.ok() ? "an analysis or " : "")
          + item.codes() + ", got " + e.code() + ": " + e.getMessage());
      assertFalse(e.getMessage() == null || e.getMessage().isBlank(), "the error says why");
    } else {
      Analysis a = (Analysis) outcome;
      if (!item.ok()) {
        fail(item.kind() + ": expected " + item.codes() + ", got an analysis of " + a.text().length() + " chars");
      }
      HostileCorpus.assertClean(AnalysisJson.toTree(a), item.kind());
      if (item.contains() != null) {
        assertTrue(a.text().contains(item.contains()), item.kind() + ": text keeps '" + item.contains() + "'");
      }
    }
  }
}

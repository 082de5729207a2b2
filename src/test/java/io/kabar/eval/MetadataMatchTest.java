package io.kabar.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Title, date and author comparisons. */
class MetadataMatchTest {
  static final Optional<Boolean> YES = Optional.of(true);
  static final Optional<Boolean> NO = Optional.of(false);
  static final Optional<Boolean> NOT_SCORED = Optional.empty();

  @Test
  void titlesMatchExactlyAfterWhitespaceNormalisation() {
    assertEquals(YES, MetadataMatch.title("US postage  stamp\nprices", " US postage stamp\u00a0prices "));
    assertEquals(NO, MetadataMatch.title("US postage stamp prices", "us postage stamp prices"));
    assertEquals(NO, MetadataMatch.title("US postage stamp prices", "US postage stamp prices | ABC News"));
    assertEquals(NO, MetadataMatch.title("US postage stamp prices", null));
    assertEquals(NOT_SCORED, MetadataMatch.title("  ", "anything"));
    assertEquals(NOT_SCORED, MetadataMatch.title(null, "anything"));
  }

  @Test
  void datesCompareTheDatePartAtTheGoldPrecision() {
    assertEquals(YES, MetadataMatch.date("2023-12-17", "2023-12-17T23:30:00-05:00"));
    assertEquals(YES, MetadataMatch.date("2023-12-17 08:00:00", "2023-12-17"));
    assertEquals(NO, MetadataMatch.date("2023-12-17", "2023-12-18T01:00:00Z"));
    assertEquals(YES, MetadataMatch.date("2015-11", "2015-11-03"));
    assertEquals(NO, MetadataMatch.date("2015-11", "2015-12-03"));
    assertEquals(NO, MetadataMatch.date("2023-12-17", null));
    assertEquals(NO, MetadataMatch.date("2023-12-17", "17 December 2023"));
    assertEquals(NOT_SCORED, MetadataMatch.date("NaT", "2023-12-17"));
    assertEquals(NOT_SCORED, MetadataMatch.date(null, "2023-12-17"));
  }

  @Test
  void authorsMatchOnNameTokensIgnoringCase() {
    assertEquals(YES, MetadataMatch.author("Andrew King", "andrew KING"));
    assertEquals(YES, MetadataMatch.author("Andrew King", "By Andrew King | Staff")); // F1 0.8
    assertEquals(YES, MetadataMatch.author("Madison Czopek,  Katie Sanders ", "Madison Czopek")); // F1 2/3
    assertEquals(YES, MetadataMatch.author("Robert E. Moffit, Ph.D.", "Robert Moffit")); // initial dropped; F1 0.8
    assertEquals(NO, MetadataMatch.author("Tim Balk", "Tim Cook")); // F1 0.5 is not enough
    assertEquals(NO, MetadataMatch.author("Tim Balk", null));
    assertEquals(NOT_SCORED, MetadataMatch.author("", "Tim Balk"));
    assertEquals(NOT_SCORED, MetadataMatch.author(null, null));
  }
}

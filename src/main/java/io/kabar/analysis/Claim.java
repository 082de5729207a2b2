package io.kabar.analysis;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * A statement the article reports.
 *
 * @param text            the claim text (the quote, or the reported clause)
 * @param kind            QUOTE, ATTRIBUTED, STATISTIC or EVENT
 * @param speaker         who said it, as a noun phrase from the text, or null
 * @param speakerKey      the speaker's entity key when known, or null
 * @param cue             the reporting word that attributes it ({@code kata}, {@code said}), or null
 * @param start           character offset of the claim's sentence into {@link Analysis#text()}
 * @param end             exclusive end offset
 * @param quantities      numbers the claim states
 * @param entities        keys of the entities the claim mentions
 * @param checkworthiness in [0,1]: how much a fact-checker should care
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"text", "kind", "speaker", "speakerKey", "cue", "start", "end", "quantities", "entities",
    "checkworthiness"})
public record Claim(
    String text,
    ClaimKind kind,
    String speaker,
    String speakerKey,
    String cue,
    int start,
    int end,
    List<Quantity> quantities,
    List<String> entities,
    double checkworthiness) {

  public Claim {
    quantities = List.copyOf(quantities);
    entities = List.copyOf(entities);
  }
}

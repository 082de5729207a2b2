package io.kabar.analysis;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A number found in the text: a single value or a range, with its unit.
 *
 * @param text        the surface form, e.g. {@code sekitar 4.000 tentara}
 * @param value       the value, or null for a range
 * @param low         the lower bound of a range, or null
 * @param high        the upper bound of a range, or null
 * @param unit        what is counted ({@code tentara}, {@code IDR}, {@code %}), or null
 * @param approximate true when hedged ({@code sekitar}, {@code about}, {@code lebih dari})
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"text", "value", "low", "high", "unit", "approximate"})
public record Quantity(String text, Double value, Double low, Double high, String unit, boolean approximate) {}

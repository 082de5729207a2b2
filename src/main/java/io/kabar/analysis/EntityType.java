package io.kabar.analysis;

/** The entity types of the analysis JSON. */
public enum EntityType {
  PERSON, ORGANIZATION, LOCATION, EVENT, DATE, QUANTITY, MONEY, PERCENT;

  /** True for the types that carry {@code value/low/high/unit/approximate}. */
  public boolean isMeasure() {
    return this == QUANTITY || this == MONEY || this == PERCENT;
  }
}

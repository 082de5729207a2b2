package io.kabar.store;

/**
 * BatchWriteItem left items unprocessed after every retry (the table is throttling). Transient:
 * it propagates so that Lambda retries the event.
 */
public final class UnprocessedItemsException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public UnprocessedItemsException(String table, int count, int attempts) {
    super(count + " items still unprocessed in table " + table + " after " + attempts
        + " BatchWriteItem attempts; the event will be retried");
  }
}

package io.kabar.handler;

import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kabar.analysis.AnalysisJson;
import java.time.Instant;

/**
 * One JSON object per log line, with the request id on every line, so CloudWatch Logs Insights
 * can filter by {@code articleId}, {@code key} or {@code outcome}. Never logs article text or the
 * environment.
 */
public final class Log {
  private final LambdaLogger logger;
  private final String requestId;
  private final Object[] context;

  public Log(LambdaLogger logger, String requestId) {
    this(logger, requestId, new Object[0]);
  }

  private Log(LambdaLogger logger, String requestId, Object[] context) {
    this.logger = logger;
    this.requestId = requestId;
    this.context = context;
  }

  /**
   * A log whose every line also carries these alternating field names and values (e.g. the
   * {@code articleId} and {@code key} of the object being handled); a line's own fields win.
   */
  public Log with(Object... fields) {
    Object[] all = java.util.Arrays.copyOf(context, context.length + fields.length);
    System.arraycopy(fields, 0, all, context.length, fields.length);
    return new Log(logger, requestId, all);
  }

  public LambdaLogger logger() {
    return logger;
  }

  public String requestId() {
    return requestId;
  }

  /** A line at {@code level} with {@code message} and alternating field names and values. */
  public void log(String level, String message, Object... fields) {
    ObjectNode line = AnalysisJson.mapper().createObjectNode();
    line.put("timestamp", Instant.now().toString()).put("level", level).put("message", message)
        .put("requestId", requestId);
    for (int i = 0; i + 1 < context.length; i += 2) {
      line.put(String.valueOf(context[i]), context[i + 1] == null ? null : String.valueOf(context[i + 1]));
    }
    for (int i = 0; i + 1 < fields.length; i += 2) {
      line.put(String.valueOf(fields[i]), fields[i + 1] == null ? null : String.valueOf(fields[i + 1]));
    }
    logger.log(line.toString() + "\n");
  }

  public void info(String message, Object... fields) {
    log("INFO", message, fields);
  }

  public void warn(String message, Object... fields) {
    log("WARN", message, fields);
  }
}

package io.kabar.local;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.function.Consumer;

/** The Lambda context of one local invocation; each log line goes to a sink (a stream, a list, nowhere). */
public final class LocalContext implements Context {
  private final String functionName;
  private final String requestId = UUID.randomUUID().toString();
  private final LambdaLogger logger;

  LocalContext(String functionName, PrintStream log) {
    this(functionName, log == null ? message -> { } : log::print);
  }

  /** A context for {@code functionName} whose logger hands every line to {@code sink}. */
  public LocalContext(String functionName, Consumer<String> sink) {
    this.functionName = functionName;
    this.logger = new LambdaLogger() {
      @Override
      public void log(String message) {
        sink.accept(message);
      }

      @Override
      public void log(byte[] message) {
        log(new String(message, StandardCharsets.UTF_8));
      }
    };
  }

  @Override
  public String getAwsRequestId() {
    return requestId;
  }

  @Override
  public String getLogGroupName() {
    return "/aws/lambda/" + functionName;
  }

  @Override
  public String getLogStreamName() {
    return "local";
  }

  @Override
  public String getFunctionName() {
    return functionName;
  }

  @Override
  public String getFunctionVersion() {
    return "$LATEST";
  }

  @Override
  public String getInvokedFunctionArn() {
    return "arn:aws:lambda:" + WireEvents.REGION + ":000000000000:function:" + functionName;
  }

  @Override
  public CognitoIdentity getIdentity() {
    return null;
  }

  @Override
  public ClientContext getClientContext() {
    return null;
  }

  @Override
  public int getRemainingTimeInMillis() {
    return 60_000;
  }

  @Override
  public int getMemoryLimitInMB() {
    return 1024;
  }

  @Override
  public LambdaLogger getLogger() {
    return logger;
  }
}

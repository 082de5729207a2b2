package io.kabar.local;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What the on-failure destination (the SQS queue in AWS) received locally: an event that never
 * succeeded within the template's retry limits.
 *
 * @param function the function that kept failing
 * @param event    the event or stream record, in wire format
 * @param error    the last error
 * @param attempts how many times it was tried
 */
public record DeadLetter(String function, JsonNode event, String error, int attempts) {}

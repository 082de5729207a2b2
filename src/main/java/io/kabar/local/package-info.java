/**
 * The Docker-free local stack and the {@code kabar} command line: S3Proxy in the JVM, dynalite on
 * loopback, and an event router that delivers S3 notifications and stream records to the two
 * handlers shaped exactly as AWS shapes them. Never part of {@code kabar-lambda.jar}.
 */
package io.kabar.local;

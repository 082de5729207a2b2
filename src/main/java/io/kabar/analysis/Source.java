package io.kabar.analysis;

import java.util.Optional;

/**
 * One input document as bytes, with what is known about it.
 *
 * @param id           the article id to report
 * @param name         file name or object key; its extension is one hint for the format
 * @param bytes        the raw content
 * @param contentType  the declared MIME type, if any (S3 Content-Type, {@code --jsonl} "html")
 * @param languageHint a language the caller asserts (ISO 639-1), if any
 */
public record Source(String id, String name, byte[] bytes, Optional<String> contentType,
    Optional<String> languageHint) {

  /** A source known only by name and bytes. */
  public static Source of(String id, String name, byte[] bytes) {
    return new Source(id, name, bytes, Optional.empty(), Optional.empty());
  }
}

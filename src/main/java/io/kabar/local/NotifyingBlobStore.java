package io.kabar.local;

import java.io.InputStream;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.gaul.s3proxy.blobstore.BlobStore;
import org.gaul.s3proxy.blobstore.ForwardingBlobStore;
import org.gaul.s3proxy.blobstore.domain.MultipartUpload;
import software.amazon.awssdk.services.s3.model.CompleteMultipartUploadRequest;
import software.amazon.awssdk.services.s3.model.CompleteMultipartUploadResponse;
import software.amazon.awssdk.services.s3.model.CopyObjectRequest;
import software.amazon.awssdk.services.s3.model.CopyObjectResponse;
import software.amazon.awssdk.services.s3.model.DeleteObjectRequest;
import software.amazon.awssdk.services.s3.model.DeleteObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;

/**
 * A blob store that emits an S3 event notification after every successful write or delete, as
 * S3 does for a bucket with notifications configured: whoever uploads (the demo, a test, the AWS
 * CLI) triggers the parse function. Sequencers increase across the store.
 */
final class NotifyingBlobStore extends ForwardingBlobStore {
  /** Receives one notification per change. */
  interface Listener {
    void changed(String eventName, String bucket, String key, long size, String etag, String versionId,
        String sequencer, Instant time);
  }

  private final Listener listener;
  private final AtomicLong sequencer = new AtomicLong(System.currentTimeMillis() << 16);

  NotifyingBlobStore(BlobStore delegate, Listener listener) {
    super(delegate);
    this.listener = listener;
  }

  @Override
  public PutObjectResponse putBlob(PutObjectRequest request, InputStream content) {
    PutObjectResponse response = super.putBlob(request, content);
    created("ObjectCreated:Put", request.bucket(), request.key());
    return response;
  }

  @Override
  public CopyObjectResponse copyBlob(CopyObjectRequest request) {
    CopyObjectResponse response = super.copyBlob(request);
    created("ObjectCreated:Copy", request.destinationBucket(), request.destinationKey());
    return response;
  }

  @Override
  public CompleteMultipartUploadResponse completeMultipartUpload(MultipartUpload upload,
      CompleteMultipartUploadRequest request) {
    CompleteMultipartUploadResponse response = super.completeMultipartUpload(upload, request);
    created("ObjectCreated:CompleteMultipartUpload", upload.containerName(), upload.blobName());
    return response;
  }

  @Override
  public DeleteObjectResponse removeBlob(DeleteObjectRequest request) {
    DeleteObjectResponse response = super.removeBlob(request);
    listener.changed("ObjectRemoved:Delete", request.bucket(), request.key(), -1, null, null, next(),
        Instant.now());
    return response;
  }

  private void created(String eventName, String bucket, String key) {
    HeadObjectResponse head = delegate().blobMetadata(bucket, key);
    listener.changed(eventName, bucket, key, head.contentLength() == null ? -1 : head.contentLength(),
        head.eTag(), head.versionId(), next(), Instant.now());
  }

  private String next() {
    return String.format(Locale.ROOT, "%016X", sequencer.incrementAndGet());
  }
}

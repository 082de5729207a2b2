package io.kabar.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.kabar.analysis.Analysis;
import io.kabar.analysis.AnalysisJson;
import io.kabar.analysis.ArticleException;
import io.kabar.analysis.ErrorCode;
import io.kabar.analysis.Pipeline;
import io.kabar.analysis.Source;
import io.kabar.testing.HostileCorpus;
import java.util.Optional;

/**
 * Jazzer fuzz target (issue 7, item 5): the whole pipeline on bytes, under a name and content type
 * the fuzzer picks. Any outcome but an analysis free of markup or an ArticleException with a code
 * other than PROCESSING_ERROR (a Kabar bug by definition) is a finding. See {@link ReadersFuzzTest}
 * for the modes.
 */
class PipelineFuzzTest {
  private static final String[] NAMES = {"a.txt", "a.md", "a.html", "a.json", "a.pdf", "a.docx", "a"};
  private static final String[] TYPES = {"", "text/html", "application/json", "text/markdown"};

  @FuzzTest(maxDuration = "60s")
  void pipelineOnBytes(FuzzedDataProvider data) {
    String name = data.pickValue(NAMES);
    String type = data.pickValue(TYPES);
    byte[] bytes = data.consumeRemainingAsBytes();
    Analysis a;
    try {
      a = Pipeline.standard().analyze(new Source("fuzz", name, bytes,
          type.isEmpty() ? Optional.empty() : Optional.of(type), Optional.empty()));
    } catch (ArticleException e) {
      if (e.code() == ErrorCode.PROCESSING_ERROR) {
        throw new IllegalStateException("PROCESSING_ERROR is a bug: " + e.getMessage(), e);
      }
      return;
    }
    HostileCorpus.assertClean(AnalysisJson.toTree(a), "fuzz input");
  }
}

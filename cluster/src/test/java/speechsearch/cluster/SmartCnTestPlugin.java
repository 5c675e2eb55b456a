package speechsearch.cluster;

import java.util.Map;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.index.IndexSettings;
import org.opensearch.index.analysis.AbstractTokenFilterFactory;
import org.opensearch.index.analysis.AbstractTokenizerFactory;
import org.opensearch.index.analysis.TokenFilterFactory;
import org.opensearch.index.analysis.TokenizerFactory;
import org.opensearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.opensearch.plugins.AnalysisPlugin;
import org.opensearch.plugins.Plugin;

/**
 * The two names of the analysis-smartcn plugin that the export's template uses, over the same
 * Lucene classes: {@code smartcn_tokenizer} (SmartCN's HMM segmenter) and {@code smartcn_stop}
 * (SmartCN's default stop set, its punctuation). The plugin itself is not published where this test
 * can fetch it; it is no more than this wrapper.
 */
public final class SmartCnTestPlugin extends Plugin implements AnalysisPlugin {
  @Override
  public Map<String, AnalysisProvider<TokenizerFactory>> getTokenizers() {
    return Map.of("smartcn_tokenizer", Segmenter::new);
  }

  @Override
  public Map<String, AnalysisProvider<TokenFilterFactory>> getTokenFilters() {
    return Map.of("smartcn_stop", Stop::new);
  }

  static final class Segmenter extends AbstractTokenizerFactory {
    Segmenter(IndexSettings index, Environment env, String name, Settings settings) {
      super(index, settings, name);
    }

    @Override
    public Tokenizer create() {
      return new HMMChineseTokenizer();
    }
  }

  static final class Stop extends AbstractTokenFilterFactory {
    Stop(IndexSettings index, Environment env, String name, Settings settings) {
      super(index, name, settings);
    }

    @Override
    public TokenStream create(TokenStream in) {
      return new StopFilter(in, SmartChineseAnalyzer.getDefaultStopSet());
    }
  }
}

package org.tradewar.calibration;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

/**
 * Tokens, part-of-speech tags (Universal Dependencies tags) and lemmas of a span of text, from
 * Apache OpenNLP and its published English models (UD English Web Treebank). The models are read
 * once per JVM (they are immutable); the taggers that use them keep state, so each instance has its
 * own.
 */
public final class PosTagger {
  /**
   * One token: its offsets in the article text, the words, the UD tag and the lemma (lower case).
   */
  public record Token(int start, int end, String text, String tag, String lemma) {
    boolean is(String... lemmas) {
      for (String l : lemmas) {
        if (lemma.equals(l)) {
          return true;
        }
      }
      return false;
    }

    boolean verbal() {
      return tag.equals("VERB") || tag.equals("AUX");
    }
  }

  private final TokenizerME tokenizer = new TokenizerME(Models.TOKENS);
  private final POSTaggerME tagger = new POSTaggerME(Models.POS, POSTagFormat.UD);
  private final LemmatizerME lemmatizer = new LemmatizerME(Models.LEMMAS);

  /** The tokens of {@code text[from, to)}, with offsets into {@code text}. */
  public List<Token> tag(String text, int from, int to) {
    String span = text.substring(from, to);
    Span[] spans = tokenizer.tokenizePos(span);
    String[] words = Span.spansToStrings(spans, span);
    String[] tags = tagger.tag(words);
    String[] lemmas = lemmatizer.lemmatize(words, tags);
    List<Token> out = new ArrayList<>(words.length);
    for (int i = 0; i < words.length; i++) {
      out.add(
          new Token(
              from + spans[i].getStart(),
              from + spans[i].getEnd(),
              words[i],
              tags[i],
              lemmas[i].toLowerCase(java.util.Locale.ROOT)));
    }
    return out;
  }

  /** The English models, loaded from the model jars on the class path when first used. */
  private static final class Models {
    static final TokenizerModel TOKENS =
        load("opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin", TokenizerModel::new);
    static final POSModel POS = load("opennlp-en-ud-ewt-pos-1.3-2.5.4.bin", POSModel::new);
    static final LemmatizerModel LEMMAS =
        load("opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin", LemmatizerModel::new);

    interface Reader<T> {
      T read(InputStream in) throws IOException;
    }

    private static <T> T load(String name, Reader<T> reader) {
      try (InputStream in = PosTagger.class.getResourceAsStream("/" + name)) {
        if (in == null) {
          throw new IllegalStateException("OpenNLP model " + name + " is not on the class path");
        }
        return reader.read(in);
      } catch (IOException e) {
        throw new IllegalStateException("cannot read OpenNLP model " + name, e);
      }
    }
  }
}

package dev.dealgraph.bench;

import dev.dealgraph.DealGraphException;
import dev.dealgraph.ingest.Article;
import dev.dealgraph.ingest.ArticleReader;
import dev.dealgraph.ingest.Source;
import dev.dealgraph.ingest.Sources;
import dev.dealgraph.pipeline.Input;
import dev.dealgraph.pipeline.SampleCorpus;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Holds articles read into memory for a benchmark, with the raw input they came from, so that timing covers the
 * work measured and not the disk.
 *
 * @param name     what the corpus is ("generated 5000", "sample data/")
 * @param articles the articles, in file order
 * @param inputs   the raw files they were read from, for benchmarks of reading
 * @param rawBytes the size of those files
 */
record Corpus(String name, List<Article> articles, List<byte[]> inputs, long rawBytes) {

  /** Reads up to {@code limit} articles from the files below {@code dir}. */
  static Corpus read(Path dir, int limit) {
    ArticleReader reader = ArticleReader.create();
    List<Article> articles = new ArrayList<>();
    List<byte[]> inputs = new ArrayList<>();
    long raw = 0;
    for (Iterator<Source> it = Sources.create().expand(List.of(dir.toString())).iterator();
        it.hasNext() && articles.size() < limit; ) {
      Source source = it.next();
      byte[] bytes = reader.readBytes(source);
      inputs.add(bytes);
      raw += bytes.length;
      articles.addAll(reader.read(source.origin(), bytes, source.contentType()));
    }
    if (articles.isEmpty()) {
      throw DealGraphException.badParameter("no article found below " + dir);
    }
    return new Corpus(dir.getFileName() + " (" + articles.size() + " articles)", articles, inputs, raw);
  }

  /** Reads the sample corpus shipped in the jar (the project's {@code data/articles}). */
  static Corpus sample() {
    ArticleReader reader = ArticleReader.create();
    List<Article> articles = new ArrayList<>();
    for (Input input : SampleCorpus.inputs()) {
      try {
        articles.addAll(input.reading().apply(reader));
      } catch (DealGraphException e) {
        // A sample file the reader refuses is not part of what extraction is measured on.
      }
    }
    return new Corpus("data/articles (" + articles.size() + " articles)", articles, List.of(), 0);
  }

  /** Returns the UTF-8 size of the articles' normalised text, the text the extractor reads. */
  long textBytes() {
    return articles.stream().mapToLong(a -> a.text().getBytes(StandardCharsets.UTF_8).length).sum();
  }
}

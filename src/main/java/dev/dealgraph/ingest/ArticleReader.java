package dev.dealgraph.ingest;

import dev.dealgraph.DealGraphException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads raw bytes into articles: recognises the format from the content, decodes, normalises the text and strips
 * page furniture.
 *
 * <p>Formats: plain text, HTML pages, Markdown or HTML with TOML or YAML front matter, news-API JSON (a record, an
 * array, an object with an {@code articles} array, JSON Lines) and RSS/Atom feeds. A multi-document input gives
 * articles whose origins are {@code origin#1}, {@code origin#2}, …; a single document keeps {@code origin}. Input
 * that is not an article fails as a whole with a {@link DealGraphException} whose one-line message names the origin
 * and the reason. Instances are immutable and safe to share between threads.
 *
 * <p>A document without a headline is not refused: its title is derived from its first paragraph (the paragraph
 * when short, else its first sentence), and its publication date stays empty unless the document states one.
 *
 * <p>Besides the fields of {@link Article}, the metadata carries {@code format} (the format the input was read as)
 * and, when the source gives them, {@code author}, {@code description}, {@code summary}, {@code language} and the
 * other scalar fields of front matter and JSON records.
 */
public final class ArticleReader {
  /** The default limit on the size of one input: 50 MiB. */
  public static final long DEFAULT_MAX_BYTES = 50L * 1024 * 1024;

  private final long maxBytes;
  private final Assembler assembler;

  private ArticleReader(long maxBytes, Furniture furniture) {
    this.maxBytes = maxBytes;
    this.assembler = new Assembler(furniture);
  }

  /** Creates a reader that refuses inputs over {@link #DEFAULT_MAX_BYTES}. */
  public static ArticleReader create() {
    return limitedTo(DEFAULT_MAX_BYTES);
  }

  /**
   * Creates a reader that refuses inputs over {@code maxBytes}.
   *
   * @throws DealGraphException if {@code maxBytes} is not positive
   */
  public static ArticleReader limitedTo(long maxBytes) {
    if (maxBytes <= 0 || maxBytes > Integer.MAX_VALUE - 8) {
      throw DealGraphException.badParameter("maximum input size must be 1.." + (Integer.MAX_VALUE - 8) + " bytes: "
          + maxBytes);
    }
    return new ArticleReader(maxBytes, Furniture.load());
  }

  /** Returns the largest input, in bytes, this reader accepts. */
  public long maxBytes() {
    return maxBytes;
  }

  /**
   * Reads the content of one input into its articles.
   *
   * @param origin      where the content came from (a file name, "stdin", a URL), used in origins and messages
   * @param content     the raw bytes
   * @param contentType the declared media type, a hint only: the content decides the format
   * @throws DealGraphException {@code TOO_LARGE} over the size limit, {@code INVALID_CONTENT} when the content is
   *     not an article
   */
  public List<Article> read(String origin, byte[] content, Optional<String> contentType) {
    if (content.length > maxBytes) {
      throw tooLarge(origin);
    }
    String text = Decoder.decode(origin, content, contentType);
    Format format = Format.sniff(text, contentType);
    String doc = text.stripLeading();
    Batch batch = switch (format) {
      case TEXT -> Batch.single(PlainTextReader.read(doc));
      case MARKDOWN -> Batch.single(markdown(doc));
      case FRONT_MATTER -> Batch.single(FrontMatterReader.read(origin, doc).orElseGet(() -> markdown(doc)));
      case HTML -> Batch.single(HtmlPageReader.read(origin, doc));
      case JSON -> JsonReader.read(origin, doc);
      case FEED -> FeedReader.read(origin, doc);
      case OTHER_XML -> throw DealGraphException.invalidContent(origin + ": XML that is neither an RSS/Atom feed "
          + "nor an XHTML page");
    };
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < batch.drafts().size(); i++) {
      String itemOrigin = batch.collection() ? Batch.itemOrigin(origin, i) : origin;
      articles.add(assembler.assemble(itemOrigin, batch.drafts().get(i)));
    }
    return List.copyOf(articles);
  }

  private static Draft markdown(String doc) {
    return PlainTextReader.read(Draft.of("markdown"), Markup.asLines(Markup.paragraphs(doc)));
  }

  /**
   * Reads an input stream into articles, reading no more than the size limit allows.
   *
   * @throws DealGraphException as {@link #read(String, byte[], Optional)} does, or when the stream fails
   */
  public List<Article> read(String origin, InputStream in, Optional<String> contentType) {
    try {
      return read(origin, bounded(origin, in), contentType);
    } catch (IOException e) {
      throw cannotRead(origin, e);
    }
  }

  /**
   * Reads one input that {@link Sources} found into articles.
   *
   * @throws DealGraphException as {@link #readBytes(Source)} and {@link #read(String, byte[], Optional)} do
   */
  public List<Article> read(Source source) {
    return read(source.origin(), readBytes(source), source.contentType());
  }

  /**
   * Returns the bytes of one input within the size limit, for callers that read and parse at different times; a
   * file over the limit is refused before it is opened.
   *
   * @throws DealGraphException {@code TOO_LARGE} over the limit, {@code INVALID_CONTENT} when it cannot be read
   */
  public byte[] readBytes(Source source) {
    try {
      if (source.size().orElse(0) > maxBytes) {
        throw tooLarge(source.origin());
      }
      try (InputStream in = source.open()) {
        return bounded(source.origin(), in);
      }
    } catch (IOException e) {
      throw cannotRead(source.origin(), e);
    }
  }

  private byte[] bounded(String origin, InputStream in) throws IOException {
    byte[] bytes = in.readNBytes((int) maxBytes + 1);
    if (bytes.length > maxBytes) {
      throw tooLarge(origin);
    }
    return bytes;
  }

  private static DealGraphException cannotRead(String origin, IOException e) {
    return DealGraphException.invalidContent(origin + ": cannot read: " + e.getMessage(), e);
  }

  private DealGraphException tooLarge(String origin) {
    return new DealGraphException(DealGraphException.Kind.TOO_LARGE,
        origin + ": the content is larger than the limit of " + maxBytes + " bytes");
  }
}

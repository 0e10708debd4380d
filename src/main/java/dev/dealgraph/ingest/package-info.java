/**
 * Reads raw input into {@link dev.dealgraph.ingest.Article} records: plain text, HTML pages, Markdown or HTML with
 * front matter, news-API JSON and RSS/Atom feeds.
 *
 * <p>{@link dev.dealgraph.ingest.ArticleReader} sniffs the format, decodes the bytes, normalises the text and strips
 * page furniture; {@link dev.dealgraph.ingest.Sources} turns command-line paths into a lazy stream of inputs. The
 * furniture cues live in {@code dealgraph/lexicon/furniture.txt}. Nothing here imports Jena or Javalin.
 */
package dev.dealgraph.ingest;

package dev.dealgraph.extract;

import dev.dealgraph.DealGraphException;
import dev.dealgraph.extract.entity.EntityMention;
import dev.dealgraph.extract.entity.EntityRecognizer;
import dev.dealgraph.extract.lexicon.Lexicons;
import dev.dealgraph.extract.money.Money;
import dev.dealgraph.extract.money.MoneyParser;
import dev.dealgraph.extract.relation.RelationExtractor;
import dev.dealgraph.extract.text.Sentence;
import dev.dealgraph.extract.text.SentenceSplitter;
import dev.dealgraph.ingest.Article;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads investments, funding rounds and rivalries out of an article: sentences and tokens, entities and
 * coreference, amounts, then relations consolidated into one record per deal.
 *
 * <p>Immutable and safe to share between threads; create one and reuse it.
 */
public final class Extractor {
  private static final Logger LOG = LoggerFactory.getLogger(Extractor.class);

  private final Gazetteer gazetteer;
  private final SentenceSplitter splitter;
  private final EntityRecognizer entities;
  private final MoneyParser money;
  private final RelationExtractor relations;

  private Extractor(Gazetteer gazetteer, Lexicons lexicons) {
    this.gazetteer = gazetteer;
    this.splitter = new SentenceSplitter(lexicons.abbreviations());
    this.entities = new EntityRecognizer(gazetteer, lexicons);
    this.money = new MoneyParser(lexicons.money(), lexicons.roles());
    this.relations = new RelationExtractor(lexicons);
  }

  /**
   * Creates an extractor over a gazetteer with the lexicons shipped in the jar.
   *
   * @throws dev.dealgraph.DealGraphException when a lexicon is missing or invalid
   */
  public static Extractor create(Gazetteer gazetteer) {
    return new Extractor(Objects.requireNonNull(gazetteer, "gazetteer"), Lexicons.standard());
  }

  /**
   * Returns everything the article states about investments, rounds and competitors.
   *
   * @throws DealGraphException naming the article when its text defeats the extractor, so that callers reading
   *     many articles report this one and go on with the next
   */
  public Extraction extract(Article article) {
    try {
      return read(article);
    } catch (DealGraphException e) {
      throw e;
    } catch (RuntimeException e) {
      LOG.warn("Extraction failed on {}", article.origin(), e);
      throw DealGraphException.invalidContent(article.origin() + ": extraction failed: " + e, e);
    }
  }

  private Extraction read(Article article) {
    String text = article.text();
    List<Sentence> sentences = splitter.split(text);
    List<List<EntityMention>> mentions = entities.recognise(sentences);
    List<List<Money>> amounts = new ArrayList<>(sentences.size());
    sentences.forEach(s -> amounts.add(money.find(s)));
    RelationExtractor.Relations found = relations.extract(sentences, mentions, amounts);
    List<Mention> resolved = new ArrayList<>();
    for (int k = 0; k < sentences.size(); k++) {
      Sentence s = sentences.get(k);
      for (EntityMention m : mentions.get(k)) {
        if (m.entity().isPresent() && m.form() != EntityMention.Form.CANDIDATE) {
          int start = s.token(m.first()).start();
          int end = s.token(m.end() - 1).end();
          resolved.add(new Mention(m.entity().get(), start, end, text.substring(start, end)));
        }
      }
    }
    // A unit and its parent are one family, never rivals: "Nimbus" and "Stratus" may be two products of one group.
    List<Competition> rivals = found.competitors().stream()
        .filter(c -> !parentOf(c.a(), c.b()) && !parentOf(c.b(), c.a())).toList();
    return new Extraction(resolved, found.investments(), found.rounds(), rivals);
  }

  private boolean parentOf(Entity parent, Entity unit) {
    return gazetteer.find(unit.name()).flatMap(Organization::parent).filter(parent.name()::equals).isPresent();
  }
}

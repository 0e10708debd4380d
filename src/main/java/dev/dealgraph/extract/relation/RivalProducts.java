package dev.dealgraph.extract.relation;

import dev.dealgraph.extract.Entity;
import dev.dealgraph.extract.entity.EntityMention;
import java.util.Map;

/**
 * Learns the products an article introduces by what their maker does with them ("Quanta AI sells Orbit", "Hooli
 * launched Sigma last year"), by their owner ("Hooli's chatbot Sigma") or by an apposition naming their maker
 * ({@link RivalMakers}), so that a later rivalry of the product is its maker's: products stand for their makers.
 */
final class RivalProducts {

  /** How many adverbs ("also", "now") may stand between the maker and its verb. */
  private static final int ADVERBS = 2;

  private RivalProducts() {}

  /**
   * Records in {@code owners} each name the gazetteer does not know that follows an organization and one of the
   * lexicon's product verbs, or an organization's possessive and a word for a kind of product ("Hooli's chatbot
   * Orbit"): the name is that organization's product.
   */
  static void learn(View v, Map<String, Entity> owners) {
    for (EntityMention owner : v.mentions) {
      // "Hooli's chatbot Orbit": the name after the owner's word for a kind of product.
      int k = owner.end();
      while (owner.possessive() && k < Math.min(v.size(), owner.end() + 2) && v.words.productNouns.contains(v.low(k))) {
        k++;
      }
      if (k > owner.end()) {
        record(owner, v.mentionAt(k), owners);
      }
    }
    if (java.util.stream.IntStream.range(1, v.size()).noneMatch(k -> v.words.makingWords.contains(v.low(k)))) {
      return;
    }
    RivalMakers.learn(v, owners);
    for (int k = 1; k + 1 < v.size(); k++) {
      boolean makes = v.words.makerVerbs.contains(v.low(k));
      if (!makes && !v.words.productVerbs.contains(v.low(k))) {
        continue;
      }
      EntityMention product = v.mentionAt(v.is(k + 1, "the") ? k + 2 : k + 1);
      EntityMention unit = v.is(k - 1, "which", "that") && v.is(k - 2, ",") ? v.mention(k - 3) : v.mention(k - 1);
      if (makes && product != null && product.form() == EntityMention.Form.PRODUCT && unit != null && unit.named()
          && !unit.possessive() && unit.form() != EntityMention.Form.PERSON && unit.entity().isPresent()) {
        // "Google DeepMind, which builds the Gemini models": the unit that makes a known product stands for it in
        // this article.
        owners.putIfAbsent(key(v, product), unit.entity().get());
        continue;
      }
      int m = k - 1;
      while (m > 0 && k - m <= ADVERBS && v.mention(m) == null && v.words.adverbs.contains(v.low(m))) {
        m--;
      }
      EntityMention maker = v.mention(m);
      if (maker != null && !maker.possessive()) {
        record(maker, product, owners);
      }
    }
  }

  /** Returns the key under which the maker of a mention's product is recorded: its words for a known product. */
  static String key(View v, EntityMention m) {
    if (m.form() != EntityMention.Form.PRODUCT) {
      return m.entity().map(Entity::name).orElse("");
    }
    StringBuilder words = new StringBuilder("product:");
    for (int k = m.first(); k < m.end() && !v.is(k, "'s", "'"); k++) {
      words.append(' ').append(v.low(k));
    }
    return words.toString();
  }

  static void record(EntityMention maker, EntityMention product, Map<String, Entity> owners) {
    if (product != null && maker.entity().isPresent() && maker.form() != EntityMention.Form.PERSON
        && product.entity().isPresent()
        && (product.form() == EntityMention.Form.DISCOVERED || product.form() == EntityMention.Form.CANDIDATE)
        && !product.entity().get().name().equals(maker.entity().get().name())) {
      owners.putIfAbsent(product.entity().get().name(), maker.entity().get());
    }
  }
}

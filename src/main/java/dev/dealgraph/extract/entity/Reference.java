package dev.dealgraph.extract.entity;

import dev.dealgraph.extract.Entity;
import java.util.Optional;
import java.util.Set;

/**
 * Describes what a description or pronoun requires of its referent, before coreference picks one.
 *
 * @param first      first token of the mention
 * @param end        token just past the mention
 * @param pronoun    true for "it", "its", "itself"
 * @param tags       gazetteer tags the referent must have one of ("*" for any organization)
 * @param place      home city named in the description ("the Seattle company")
 * @param country    country code of a nationality word ("the Japanese conglomerate")
 * @param maker      the referent itself when the description names a product's maker ("the ChatGPT maker")
 * @param rivalOf    the organization the referent competes with ("the ChatGPT rival")
 * @param possessive true for "its" and "the company's"
 * @param backer     the organization the description says backs the referent ("the SoftBank-backed company"),
 *                   which therefore is not the referent
 */
record Reference(int first, int end, boolean pronoun, Set<String> tags, Optional<String> place,
    Optional<String> country, Optional<Entity> maker, Optional<Entity> rivalOf, boolean possessive,
    Optional<Entity> backer) {}

/**
 * Reads investments, funding rounds and rivalries out of sentences whose entities and amounts are known, and
 * consolidates them into one record per deal, per round and per rival pair.
 *
 * <p>Each relation is anchored on a trigger word from the lexicons; its arguments are found by walking the
 * sentence from the trigger: the subject to the left (through relative clauses, appositions and participial
 * clauses), objects and prepositional phrases to the right (through coordination and lists).
 */
package dev.dealgraph.extract.relation;

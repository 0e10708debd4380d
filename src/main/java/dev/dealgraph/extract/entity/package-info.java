/**
 * Finds who a sentence talks about: gazetteer names, aliases, tickers and products; organizations and people
 * found by the grammar of names; descriptions ("the tech giant") and pronouns resolved by coreference.
 */
package dev.dealgraph.extract.entity;

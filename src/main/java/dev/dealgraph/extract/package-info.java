/**
 * Turns an article into an {@link dev.dealgraph.extract.Extraction}: who invested in whom, how much, at which
 * stage, in which funding round, and who competes with whom, each fact with the sentence that states it.
 *
 * <p>Entry points: {@link dev.dealgraph.extract.Gazetteer} (the organizations DealGraph knows),
 * {@link dev.dealgraph.extract.Extractor} (the pipeline), {@link dev.dealgraph.extract.ExtractionReport} (the JSON
 * report) and {@link dev.dealgraph.extract.Evaluation} (scoring a report against gold annotations). The stages live
 * in sub-packages, each testable alone: {@code text} (sentences, tokens, phrase matching), {@code entity} (names,
 * descriptions, coreference), {@code money} (amounts and their roles), {@code relation} (investments, rounds,
 * rivalries and their consolidation), and {@code lexicon} (the word lists users tune). This package imports neither
 * Jena nor Javalin.
 */
package dev.dealgraph.extract;

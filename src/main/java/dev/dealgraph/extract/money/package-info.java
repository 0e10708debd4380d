/**
 * Finds sums of money in sentences, in every written form (symbols, codes, currency words, scales, ranges,
 * qualifiers), and reads from the words around each what it is: an investment, a valuation, a round total, a
 * stock price, capital expenditure and so on.
 */
package dev.dealgraph.extract.money;

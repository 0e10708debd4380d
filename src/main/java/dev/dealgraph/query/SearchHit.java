package dev.dealgraph.query;

/**
 * Reports one organization or person that matches a search.
 *
 * @param id      its id
 * @param name    its display name
 * @param kind    what sort of actor it is
 * @param href    the API path of its resource
 * @param matched the name, alias, ticker or product that matched
 * @param match   how: exact, prefix (of the whole name), word (prefix of a later word) or fuzzy (within typos)
 * @param score   how good the match is, in (0, 1]; hits are ordered by it
 */
public record SearchHit(String id, String name, String kind, String href, String matched, String match,
    double score) {}

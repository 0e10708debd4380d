package dev.dealgraph.query;

/**
 * Points at an organization or person.
 *
 * @param id   the last path segment of its IRI ("amazon")
 * @param name its display name
 * @param kind company, investor, government, university, person, publisher or organization
 * @param href the API path of its resource
 */
public record OrgRef(String id, String name, String kind, String href) {}

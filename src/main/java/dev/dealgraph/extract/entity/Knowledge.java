package dev.dealgraph.extract.entity;

import dev.dealgraph.extract.Entity;
import dev.dealgraph.extract.EntityKind;
import dev.dealgraph.extract.Gazetteer;
import dev.dealgraph.extract.Organization;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Answers what the gazetteer says about an entity: its tags, home city and country, used to resolve descriptions. */
final class Knowledge {

  private final Map<String, Organization> byName = new HashMap<>();

  Knowledge(Gazetteer gazetteer) {
    gazetteer.organizations().forEach(o -> byName.put(o.name(), o));
  }

  Optional<Organization> organization(Entity e) {
    return Optional.ofNullable(byName.get(e.name()));
  }

  /** Returns true when the entity fits a description needing one of {@code tags} ("*" fits any organization). */
  boolean fits(Entity e, Set<String> tags, Set<String> discoveredTags) {
    if (e.kind() == EntityKind.PERSON) {
      return false;
    }
    if (tags.contains("*")) {
      return true;
    }
    if (tags.contains("investor") && e.kind() == EntityKind.INVESTOR) {
      return true;
    }
    if (tags.contains("company")) {
      // "the company" is rarely said of a fund: it names an operating company.
      return e.kind() == EntityKind.COMPANY;
    }
    List<String> own = organization(e).map(Organization::tags).orElse(List.of());
    if (own.isEmpty()) {
      own = List.copyOf(discoveredTags);
    }
    return own.stream().anyMatch(tags::contains);
  }

  /** Returns true when the entity's headquarters city is {@code place} (lower case). */
  boolean basedIn(Entity e, String place) {
    return organization(e).flatMap(Organization::hq).map(h -> h.toLowerCase(Locale.ROOT).equals(place))
        .orElse(false);
  }

  /** Returns true when the entity's country is {@code code}. */
  boolean from(Entity e, String code) {
    return organization(e).flatMap(Organization::country).map(code::equals).orElse(false);
  }

  /** Returns the lower-cased home cities of all organizations, places a description may name. */
  Set<String> cities() {
    Set<String> out = new java.util.HashSet<>();
    byName.values().forEach(o -> o.hq().ifPresent(h -> out.add(h.toLowerCase(Locale.ROOT))));
    return out;
  }
}

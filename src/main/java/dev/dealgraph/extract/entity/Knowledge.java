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
    if (tags.contains(DescriptionFinder.PERSON) || e.kind() == EntityKind.PERSON) {
      return tags.contains(DescriptionFinder.PERSON) && e.kind() == EntityKind.PERSON;
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
    if (own.isEmpty()) {
      // A company the gazetteer does not know and the article never described may be any sort of operating
      // company: "the startup" or "the robot maker" can mean it, "the fund" cannot.
      return e.kind() == EntityKind.COMPANY && !tags.contains("investor") && !tags.contains("vc");
    }
    return own.stream().anyMatch(tags::contains);
  }

  /** Returns true when the entity's headquarters city is {@code place} (lower case), or is not known. */
  boolean basedIn(Entity e, String place) {
    return organization(e).flatMap(Organization::hq).map(h -> h.toLowerCase(Locale.ROOT).equals(place))
        .orElse(true);
  }

  /** Returns true when the entity's country is {@code code}, or the entity is not in the gazetteer. */
  boolean from(Entity e, String code) {
    return organization(e).map(o -> o.country().map(code::equals).orElse(false)).orElse(true);
  }

  /** Returns true when the gazetteer knows the entity's city, so a place in a description is a fact to check. */
  boolean placed(Entity e) {
    return organization(e).flatMap(Organization::hq).isPresent();
  }

  /**
   * Returns the organization based in {@code place} (lower case) that {@code fits}, when exactly one is; units of a
   * parent the gazetteer knows are left out, so "the Mountain View company" is Google, not its venture arm.
   */
  Optional<Entity> onlyOneIn(String place, java.util.function.Predicate<Entity> fits) {
    List<Organization> there = byName.values().stream()
        .filter(o -> o.hq().filter(h -> h.toLowerCase(Locale.ROOT).equals(place)).isPresent())
        .filter(o -> o.parent().filter(byName::containsKey).isEmpty())
        .filter(o -> fits.test(o.toEntity()))
        .toList();
    return there.size() == 1 ? Optional.of(there.get(0).toEntity()) : Optional.empty();
  }

  /** Returns the lower-cased home cities of all organizations, places a description may name. */
  Set<String> cities() {
    Set<String> out = new java.util.HashSet<>();
    byName.values().forEach(o -> o.hq().ifPresent(h -> out.add(h.toLowerCase(Locale.ROOT))));
    return out;
  }
}

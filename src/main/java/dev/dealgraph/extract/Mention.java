package dev.dealgraph.extract;

import java.util.Objects;

/**
 * Marks where an entity is named or referred to in the article text.
 *
 * @param entity the entity referred to
 * @param start  offset of the first character in the article's stored text
 * @param end    offset just past the last character
 * @param text   the words used ("the Seattle company", "AWS", "it")
 */
public record Mention(Entity entity, int start, int end, String text) {
  public Mention {
    Objects.requireNonNull(entity, "entity");
    Objects.requireNonNull(text, "text");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("mention offsets must satisfy 0 <= start <= end: " + start + ".." + end);
    }
  }
}

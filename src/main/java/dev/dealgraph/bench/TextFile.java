package dev.dealgraph.bench;

import java.util.SplittableRandom;

/** Writes a story as a plain-text file: headline, a byline or date line in one of several styles, paragraphs. */
final class TextFile {
  private TextFile() {}

  static String render(Story story, Phrases phrases, SplittableRandom random) {
    StringBuilder out = new StringBuilder(story.title()).append("\n\n");
    story.published().ifPresent(p -> {
      switch (random.nextInt(4)) {
        case 0 -> out.append("By ").append(story.author()).append('\n').append(Markup.WRITTEN.format(p));
        case 1 -> out.append("By ").append(story.author()).append("\nPublished ").append(Markup.WRITTEN.format(p));
        case 2 -> out.append(story.author()).append(" · ").append(Markup.DAY_FIRST.format(p));
        default -> out.append("Published: ").append(Markup.DAY_FIRST.format(p));
      }
      out.append("\n\n");
    });
    for (Story.Block block : story.body()) {
      out.append(block.text()).append("\n\n");
    }
    if (random.nextBoolean()) {
      out.append("Related\n");
      story.related().forEach(r -> out.append(r).append('\n'));
    } else {
      out.append(phrases.pick("newsletter", random)).append('\n');
    }
    return out.toString();
  }
}

package dev.dealgraph.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dealgraph.DealGraphException;
import java.util.List;
import java.util.SplittableRandom;

/** Writes stories as news-API records: one record, an array of records, or JSON Lines. */
final class JsonFile {
  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonFile() {}

  static String json(List<Story> stories, SplittableRandom random) {
    try {
      if (stories.size() == 1 && random.nextBoolean()) {
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(record(stories.get(0), true));
      }
      var array = JSON.createArrayNode();
      stories.forEach(s -> array.add(record(s, true)));
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(array);
    } catch (JsonProcessingException e) {
      throw DealGraphException.invalidContent("cannot write generated JSON: " + e.getMessage(), e);
    }
  }

  static String jsonLines(List<Story> stories) {
    StringBuilder out = new StringBuilder();
    for (Story s : stories) {
      try {
        out.append(JSON.writeValueAsString(record(s, false))).append('\n');
      } catch (JsonProcessingException e) {
        throw DealGraphException.invalidContent("cannot write generated JSON: " + e.getMessage(), e);
      }
    }
    return out.toString();
  }

  /** Builds one record in the shape of a news API ({@code newsApi}) or of a wire's line format. */
  private static ObjectNode record(Story story, boolean newsApi) {
    ObjectNode r = JSON.createObjectNode();
    if (newsApi) {
      r.putObject("source").putNull("id").put("name", story.publication());
    } else {
      r.put("source", story.publication());
    }
    r.put("author", story.author()).put("title", story.title()).put("description", story.summary())
        .put("url", story.url());
    if (newsApi) {
      r.put("urlToImage", story.url() + ".jpg");
    }
    story.published().ifPresent(p -> r.put(newsApi ? "publishedAt" : "published", Markup.iso(p)));
    r.put("content", String.join("\n\n", story.body().stream().map(Story.Block::text).toList()));
    return r;
  }
}

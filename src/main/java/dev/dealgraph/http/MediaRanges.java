package dev.dealgraph.http;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Matches an {@code Accept} header against the media types a resource can produce.
 */
public final class MediaRanges {
  private record Range(String type, String subtype, double q) {}

  private MediaRanges() {}

  /**
   * Returns the best of {@code offered} for {@code accept}, honouring q-values and wildcards; the first offered
   * type when there is no header.
   */
  public static Optional<String> best(String accept, List<String> offered) {
    if (accept == null || accept.isBlank()) {
      return offered.stream().findFirst();
    }
    List<Range> ranges = parse(accept);
    String best = null;
    double bestScore = 0;
    for (int i = 0; i < offered.size(); i++) {
      String type = offered.get(i);
      double q = quality(ranges, type);
      // earlier offers win ties: a small penalty by position keeps the order stable
      double score = q - i * 1e-6;
      if (q > 0 && score > bestScore) {
        best = type;
        bestScore = score;
      }
    }
    return Optional.ofNullable(best);
  }

  /** Returns true when {@code accept} admits at least one of {@code offered}. */
  public static boolean acceptsAny(String accept, Collection<String> offered) {
    return best(accept, List.copyOf(offered)).isPresent();
  }

  private static double quality(List<Range> ranges, String mediaType) {
    String[] parts = mediaType.toLowerCase(Locale.ROOT).split("/", 2);
    double best = 0;
    int bestSpecificity = -1;
    for (Range r : ranges) {
      boolean typeMatch = r.type.equals("*") || r.type.equals(parts[0]);
      boolean subMatch = r.subtype.equals("*") || r.subtype.equals(parts[1]);
      if (typeMatch && subMatch) {
        int specificity = (r.type.equals("*") ? 0 : 1) + (r.subtype.equals("*") ? 0 : 1);
        if (specificity > bestSpecificity) {
          bestSpecificity = specificity;
          best = r.q;
        }
      }
    }
    return best;
  }

  private static List<Range> parse(String accept) {
    List<Range> ranges = new ArrayList<>();
    for (String item : accept.split(",")) {
      String[] params = item.trim().split(";");
      String[] tp = params[0].trim().toLowerCase(Locale.ROOT).split("/", 2);
      if (tp.length != 2 || tp[0].isEmpty() || tp[1].isEmpty()) {
        continue;
      }
      double q = 1;
      for (int i = 1; i < params.length; i++) {
        String p = params[i].trim();
        if (p.startsWith("q=")) {
          try {
            q = Double.parseDouble(p.substring(2));
          } catch (NumberFormatException e) {
            q = 0;
          }
        }
      }
      ranges.add(new Range(tp[0], tp[1], q));
    }
    return ranges;
  }
}

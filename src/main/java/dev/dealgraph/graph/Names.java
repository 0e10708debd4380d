package dev.dealgraph.graph;

import dev.dealgraph.extract.Amount;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns names, series labels and amounts into the normal forms that IRIs and labels are made of. */
final class Names {
  private static final Pattern SERIES = Pattern.compile("(?i)series\\s+(\\S+)");
  private static final Pattern NON_SLUG = Pattern.compile("[^a-z0-9]+");
  private static final Pattern APOSTROPHES = Pattern.compile("['\u2019]");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private Names() {}

  /** Returns lower-case ASCII words joined by '-' ("Google DeepMind" → "google-deepmind"); a hash if none remain. */
  static String slug(String name) {
    String s = APOSTROPHES.matcher(name.replace("&", " and ")).replaceAll("");
    s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFKD)).replaceAll("");
    s = latinLigatures(s).toLowerCase(Locale.ROOT);
    s = NON_SLUG.matcher(s).replaceAll("-").replaceAll("^-+|-+$", "");
    // Names in non-Latin scripts keep a stable, readable-enough IRI instead of an empty one.
    return s.isEmpty() ? Hashes.short16("name", name) : s;
  }

  private static String latinLigatures(String s) {
    return s.replace("ß", "ss").replace("æ", "ae").replace("Æ", "AE").replace("œ", "oe").replace("Œ", "OE")
        .replace("ø", "o").replace("Ø", "O").replace("ł", "l").replace("Ł", "L").replace("đ", "d")
        .replace("Đ", "D").replace("þ", "th").replace("Þ", "TH");
  }

  /** Returns a series label in one spelling: "series c" → "Series C", "seed" → "Seed". */
  static String series(String label) {
    String s = label.trim().replaceAll("\\s+", " ");
    Matcher m = SERIES.matcher(s);
    if (m.matches()) {
      return "Series " + m.group(1).toUpperCase(Locale.ROOT);
    }
    return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }

  /** Returns a decimal without exponent or trailing zeros ("4E+9" → "4000000000"). */
  static String plain(BigDecimal d) {
    return d.stripTrailingZeros().toPlainString();
  }

  /** Returns the parts that make two amounts the same: kind, figures and currency. */
  static String amountKey(Amount a) {
    return a.kind() + " " + plain(a.figure()) + " " + a.upper().map(Names::plain).orElse("-") + " " + a.currency();
  }

  /** Returns an amount for people to read: "up to 4,000,000,000 USD". */
  static String amountLabel(Amount a) {
    String figure = grouped(a.figure());
    String figures = switch (a.kind()) {
      case EXACT -> figure;
      case APPROX -> "about " + figure;
      case UP_TO -> "up to " + figure;
      case AT_LEAST -> "at least " + figure;
      case RANGE -> figure + " to " + grouped(a.upper().orElseThrow());
    };
    return figures + " " + a.currency();
  }

  private static String grouped(BigDecimal d) {
    DecimalFormat format = new DecimalFormat("#,##0.##########", DecimalFormatSymbols.getInstance(Locale.ROOT));
    return format.format(d);
  }
}

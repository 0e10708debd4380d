package dev.dealgraph.bench;

import java.util.SplittableRandom;

/**
 * Writes sums of money the way news does, in every shape the extractor reads: exact, up to, a range, about and at
 * least, in dollars, euros, pounds, yen, yuan, rupees and won, with long and short scale words.
 */
final class Amounts {
  private static final String[] UP_TO = {"up to ", "as much as ", "as high as "};
  private static final String[] ABOUT = {"about ", "roughly ", "around ", "nearly ", "an estimated "};
  private static final String[] AT_LEAST = {"at least ", "more than ", "over ", "upwards of "};

  private Amounts() {}

  /** Returns the deal amount for a round stage, in one of the five shapes. */
  static String deal(String round, SplittableRandom random) {
    double value = size(round, random);
    int shape = random.nextInt(100);
    if (shape < 45) {
      return money(value, random);
    }
    if (shape < 55) {
      return UP_TO[random.nextInt(UP_TO.length)] + money(value, random);
    }
    if (shape < 67) {
      return range(value, random);
    }
    if (shape < 85) {
      return ABOUT[random.nextInt(ABOUT.length)] + money(value, random);
    }
    return AT_LEAST[random.nextInt(AT_LEAST.length)] + money(value, random);
  }

  /** Returns an exact sum between ten million and ten billion dollars' worth. */
  static String money(SplittableRandom random) {
    return money(Math.pow(10, 7 + 3 * random.nextDouble()), random);
  }

  private static double size(String round, SplittableRandom random) {
    double low = switch (round) {
      case "pre-seed", "seed" -> 1e6;
      case "Series A" -> 5e6;
      case "Series B" -> 20e6;
      case "Series C", "Series D" -> 50e6;
      default -> 100e6;
    };
    return low * Math.pow(10, 1.6 * random.nextDouble());
  }

  private static String range(double value, SplittableRandom random) {
    double upper = value * (1.2 + random.nextDouble());
    if (value < 1e9 && upper < 1e9 && random.nextBoolean()) {
      String currency = random.nextInt(4) == 0 ? "€" : "$";
      return currency + figure(value / 1e6) + "-" + figure(upper / 1e6) + "m";
    }
    String start = money(value, random);
    return random.nextBoolean() ? "between " + start + " and " + money(upper, random)
        : start + " to " + money(upper, random);
  }

  /** Formats one sum with a currency and scale word chosen by {@code random}. */
  static String money(double value, SplittableRandom random) {
    boolean billions = value >= 1e9;
    String number = figure(billions ? value / 1e9 : value / 1e6);
    String scale = billions ? "billion" : "million";
    int currency = random.nextInt(100);
    if (currency < 62) {
      return "$" + number + (random.nextInt(5) == 0 ? (billions ? "bn" : "m") : " " + scale);
    }
    if (currency < 66) {
      return "US$" + number + " " + scale;
    }
    if (currency < 78) {
      return random.nextBoolean() ? "€" + number + " " + scale : number + " " + scale + " euros";
    }
    if (currency < 86) {
      return "£" + number + (random.nextBoolean() ? (billions ? "bn" : "m") : " " + scale);
    }
    if (currency < 90) {
      return figure(value * 150 / (billions ? 1e9 : 1e6)) + " " + scale + " yen";
    }
    if (currency < 95) {
      return figure(value * 7 / 1e6) + " million yuan";
    }
    if (currency < 98) {
      return "₹" + figure(value * 83 / 1e7) + " crore";
    }
    return "₩" + figure(value * 1300 / 1e9) + " billion";
  }

  /** Writes a number as news does: at most three significant digits, thousands separated by commas. */
  static String figure(double value) {
    int digits = value >= 10 ? 3 : 2;
    double unit = Math.pow(10, Math.floor(Math.log10(value)) - digits + 1);
    double rounded = Math.round(value / unit) * unit;
    if (rounded >= 100 || rounded == Math.rint(rounded)) {
      return grouped(Math.round(rounded));
    }
    String plain = Double.toString(Math.round(rounded * 10) / 10.0);
    return plain.endsWith(".0") ? plain.substring(0, plain.length() - 2) : plain;
  }

  private static String grouped(long whole) {
    String digits = Long.toString(whole);
    StringBuilder out = new StringBuilder(digits.length() + 4);
    for (int i = 0; i < digits.length(); i++) {
      if (i > 0 && (digits.length() - i) % 3 == 0) {
        out.append(',');
      }
      out.append(digits.charAt(i));
    }
    return out.toString();
  }
}

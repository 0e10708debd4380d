package dev.dealgraph.extract.entity;

import dev.dealgraph.extract.Gazetteer;
import dev.dealgraph.extract.Organization;
import dev.dealgraph.extract.text.Sentence;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ahocorasick.trie.PayloadTrie;

/**
 * Finds gazetteer names, aliases, tickers and products in a sentence with one Aho-Corasick automaton, case as
 * written, keeping only matches that cover whole tokens; overlapping matches give way to the longest.
 */
final class GazetteerMatcher {

  /** A gazetteer string found in text: the organization, and whether the string names one of its products. */
  record Hit(Organization organization, boolean product, int first, int end) {}

  private record Key(Organization organization, boolean product) {}

  /** Tickers shorter than this are too often ordinary abbreviations to be matched. */
  private static final int MIN_TICKER = 3;

  private final PayloadTrie<List<Key>> trie;

  GazetteerMatcher(Gazetteer gazetteer) {
    Map<String, List<Key>> keys = new LinkedHashMap<>();
    for (Organization o : gazetteer.organizations()) {
      keys.computeIfAbsent(o.name(), k -> new ArrayList<>()).add(new Key(o, false));
      o.aliases().forEach(a -> keys.computeIfAbsent(a, k -> new ArrayList<>()).add(new Key(o, false)));
      o.tickers().stream().filter(t -> t.length() >= MIN_TICKER)
          .forEach(t -> keys.computeIfAbsent(t, k -> new ArrayList<>()).add(new Key(o, false)));
      o.products().forEach(p -> keys.computeIfAbsent(p, k -> new ArrayList<>()).add(new Key(o, true)));
    }
    PayloadTrie.PayloadTrieBuilder<List<Key>> b = PayloadTrie.builder();
    keys.forEach((k, v) -> b.addKeyword(k, List.copyOf(v)));
    this.trie = b.build();
  }

  /** Returns the gazetteer matches of a sentence, in order, without overlaps. */
  List<Hit> find(Sentence s) {
    String text = s.text();
    int[] tokenStarting = new int[text.length() + 1];
    int[] tokenEnding = new int[text.length() + 1];
    Arrays.fill(tokenStarting, -1);
    Arrays.fill(tokenEnding, -1);
    for (int i = 0; i < s.size(); i++) {
      tokenStarting[s.token(i).start() - s.start()] = i;
      tokenEnding[s.token(i).end() - s.start()] = i;
    }
    List<Hit> all = new ArrayList<>();
    trie.parseText(text, emit -> {
      int first = tokenStarting[emit.getStart()];
      int last = tokenEnding[emit.getEnd() + 1];
      if (first >= 0 && last >= first) {
        Key key = emit.getPayload().get(0);
        all.add(new Hit(key.organization(), key.product(), first, last + 1));
      }
      return true;
    });
    all.sort((a, b) -> a.first() != b.first() ? Integer.compare(a.first(), b.first())
        : Integer.compare(b.end(), a.end()));
    List<Hit> out = new ArrayList<>();
    for (Hit h : all) {
      if (!out.isEmpty() && h.first() < out.get(out.size() - 1).end()) {
        Hit prev = out.get(out.size() - 1);
        if (h.end() - h.first() > prev.end() - prev.first()) {
          out.set(out.size() - 1, h);
        }
        continue;
      }
      out.add(h);
    }
    return out;
  }
}

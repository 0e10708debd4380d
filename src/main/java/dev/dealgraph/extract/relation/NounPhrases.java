package dev.dealgraph.extract.relation;

import dev.dealgraph.extract.entity.EntityMention;
import dev.dealgraph.extract.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads the noun phrases to the right of a trigger: one mention, a coordinated list (through appositions,
 * relative clauses and "as well as"), a name behind its description ("AI start-up Anthropic"), and the investors
 * added by "as did", "along with" or "alongside".
 *
 * <p>Every walk is bounded, so the work per trigger does not grow with the sentence. One piece of about 520 lines
 * because a list member and the first name of a phrase are read by the same steps (titles, owners, units, people
 * behind their descriptions), which every finder shares.
 */
final class NounPhrases {

  /** Participles that make a name before a hyphen describe what follows: "Nvidia-based", "Hooli-backed". */
  private static final String[] HYPHEN_PARTICIPLES = {"based", "backed", "powered", "built", "owned", "made",
      "focused", "centric", "native"};

  /** Heads that name another organization than their possessor: "OpenAI's biggest competitor, Anthropic". */
  static final java.util.Set<String> RELATIONAL = java.util.Set.of("competitor", "rival", "challenger", "parent",
      "unit", "subsidiary", "division", "arm", "partner", "backer", "investor", "shareholder", "owner", "founder",
      "customer", "supplier", "affiliate", "competitors", "rivals", "backers", "investors", "partners");

  /** Participles that make a list after "with" join the round: "with Y and Z participating / following on". */
  static final Set<String> JOINING = Set.of("participating", "joining", "investing", "following", "returning",
      "co-investing", "leading", "co-leading");

  /**
   * Returns true when the word at {@code k} is one of {@link #JOINING}, "serving as" / "acting as" a role, or an
   * "alongside" that closes the clause ("with Y and Z alongside").
   */
  static boolean joining(View v, int k) {
    return k < v.size() && (JOINING.contains(v.low(k)) || v.is(k, "serving", "acting") && v.is(k + 1, "as")
        || v.is(k, "alongside") && (k + 1 == v.size() || v.is(k + 1, ".", ",", ";")));
  }

  private NounPhrases() {}

  /**
   * Returns the entities of the noun phrase starting at {@code j}: one mention, a coordinated list, or the
   * members after "such as"/"like" of a plural head; empty for a phrase that names no entity.
   */
  static List<EntityMention> phrase(View v, int j) {
    int k = j;
    while (k < v.size() && (v.words.determiners.contains(v.low(k)) && v.mentionAt(k) == null)) {
      k++;
    }
    EntityMention first = v.mentionAt(k);
    if (first != null && !first.possessive() && RELATIONAL.contains(v.low(first.end()))) {
      // "a round in Cohere rival Reka" names Reka, or no one: never Cohere.
      int named = titledName(v, first.end());
      return named >= 0 ? list(v, named) : List.of();
    }
    if (first != null && !first.possessive() && describes(v, first) && v.mentionAt(first.end() + 2) == null) {
      // "Nvidia-based clouds such as A and B": the name before the hyphen describes the head; the examples name it.
      for (int e = first.end() + 2; e < Math.min(v.size(), first.end() + 8) && !v.is(e, ",", ".", ";"); e++) {
        if (v.is(e, "such") && v.is(e + 1, "as") || v.is(e, "like", "including")) {
          return list(v, v.is(e, "such") ? e + 2 : e + 1);
        }
      }
      return List.of();
    }
    if (first != null && first.possessive()) {
      int h = first.end();
      while (h < Math.min(v.size(), first.end() + 3) && v.tok(h).type() == Token.Type.WORD
          && v.mention(h) == null && !RELATIONAL.contains(v.low(h))) {
        h++;
      }
      if (RELATIONAL.contains(v.low(h))) {
        int name = v.is(h + 1, ",") ? h + 2 : h + 1;
        return v.mentionAt(name) != null && v.mentionAt(name).named() ? list(v, name) : List.of();
      }
    }
    if (first != null) {
      return list(v, k);
    }
    int vehicle = Vehicles.owner(v, k);
    if (vehicle >= 0) {
      // "funds managed by X and Y": the firm behind the funds is the member.
      return list(v, vehicle);
    }
    int named = titledName(v, k);
    if (named >= 0) {
      return list(v, named);
    }
    int owned = ownedByPlace(v, k);
    if (owned >= 0) {
      // "participation from Abu Dhabi's MGX and Temasek": a place that owns the first member is no member.
      return list(v, owned);
    }
    int person = describedPerson(v, k);
    if (person >= 0) {
      // "also included billionaire Ada Park".
      return list(v, person);
    }
    int introduced = introducedList(v, k);
    if (introduced >= 0) {
      // "drew a long list of backers: D, E and F".
      return list(v, introduced);
    }
    int limit = Math.min(v.size(), k + 5);
    for (int h = k; h < limit; h++) {
      if (v.words.pluralHeads.contains(v.low(h)) || v.is(h, "companies", "startups")) {
        var intro = v.cueAt("competition:list-intro", h + 1);
        return intro == null ? List.of() : list(v, intro.end());
      }
      if (v.tok(h).type() != Token.Type.WORD || v.mention(h) != null) {
        break;
      }
    }
    return List.of();
  }

  /**
   * Returns the investors added after a statement by "as did", "along with", "alongside", "together with" or
   * "joined by", each list possibly introduced by a description ("the country's three biggest banks, …").
   */
  static List<EntityMention> coInvestors(View v, int from) {
    List<EntityMention> out = new ArrayList<>();
    for (int k = from; k < v.size() && out.size() < Slots.MAX_LIST; k++) {
      int start = -1;
      if (v.is(k, "as") && v.is(k + 1, "did", "have", "has", "do", "does")) {
        start = k + 2;
      } else if (v.is(k, "along", "together") && v.is(k + 1, "with") || v.is(k, "joined") && v.is(k + 1, "by")) {
        start = k + 2;
      } else if (v.is(k, "alongside")) {
        start = k + 1;
      } else if (v.is(k, "with") && memberStart(v, k + 1) >= 0) {
        List<EntityMention> members = list(v, memberStart(v, k + 1));
        int after = members.get(members.size() - 1).end();
        if (v.is(after, "as", "among") || joining(v, after) || joining(v, members.get(0).end())) {
          // "with Fidelity and Lightspeed as co-leads", "with Y and Z following on"
          out.addAll(members);
          k = after;
        }
        continue;
      }
      if (start < 0) {
        continue;
      }
      for (int h = start; h < Math.min(v.size(), start + 10) && !v.is(h, ";", "."); h++) {
        EntityMention m = v.mentionAt(h);
        if (m != null && m.form() != EntityMention.Form.PRONOUN && m.form() != EntityMention.Form.DESCRIPTION) {
          List<EntityMention> members = list(v, h);
          out.addAll(members);
          k = members.get(members.size() - 1).end() - 1;
          break;
        }
      }
    }
    return out;
  }

  /**
   * Returns where the member that starts at {@code k} is named: {@code k} itself, or the person behind a title
   * ("former Globex CEO Ana Ruiz"); -1 when no member starts there.
   */
  static int memberStart(View v, int k) {
    return v.mentionAt(k) != null ? k : describedPerson(v, k);
  }

  /** Returns where a name starts after an unrecognised capitalised possessor ("Abu Dhabi's MGX"), or -1. */
  private static int ownedByPlace(View v, int k) {
    int h = k;
    while (h < Math.min(v.size(), k + 3) && v.tok(h).type() == Token.Type.WORD && v.tok(h).capitalised()
        && v.mention(h) == null) {
      h++;
    }
    return h > k && v.is(h, "'s", "'") && v.mentionAt(h + 1) != null && v.mentionAt(h + 1).named() ? h + 1 : -1;
  }

  /** Returns true for a name joined by a hyphen to a participle after it: "Nvidia-based clouds", "Hooli-backed". */
  static boolean describes(View v, EntityMention m) {
    return v.is(m.end(), "-") && v.is(m.end() + 1, HYPHEN_PARTICIPLES);
  }

  /** Returns true when a name starting at {@code k} is a whole list member: "…, the OpenAI Startup Fund, …". */
  private static boolean memberAt(View v, int k) {
    EntityMention m = v.mentionAt(k);
    return m != null && m.named() && (m.end() >= v.size() || v.is(m.end(), ",", "and", "or", ".", ";"));
  }

  /**
   * Returns where a name starts after up to three common words that describe it ("competitor Anthropic", "AI
   * startup Anthropic"), or -1.
   */
  static int titledName(View v, int k) {
    boolean placed = false;
    for (int h = k; h < Math.min(v.size(), k + 6); h++) {
      EntityMention m = v.mentionAt(h);
      // "US-based HeyGen", "Paris-based Quanta AI": a place joined to the describing word after it, whatever the
      // gazetteer says of the place; the name it describes may be one the gazetteer does not know.
      boolean place = v.tok(h).capitalised() && v.is(h + 1, "-") && !v.tok(h + 1).spaceBefore()
          && v.words.describers.contains(v.low(h + 2)) && (m == null || m.end() == h + 1);
      if (place) {
        placed = true;
        continue;
      }
      if (m != null) {
        return h > k && (m.named() || m.form() == EntityMention.Form.CANDIDATE && (placed || investorNoun(v, k, h)))
            ? h : -1;
      }
      // "state-run Korea Development Bank": a hyphen inside a describing word joins its halves.
      boolean joiner = v.is(h, "-") && !v.tok(h).spaceBefore() && h > k;
      if (!joiner && !v.words.describers.contains(v.low(h))) {
        return -1;
      }
    }
    return -1;
  }

  /** Returns true when a noun of investors stands in {@code [from, to)}: "existing investors Zorvex" names one. */
  private static boolean investorNoun(View v, int from, int to) {
    for (int h = from; h < to; h++) {
      if (v.cueAt("trigger:investor-noun", h) != null) {
        return true;
      }
    }
    return false;
  }

  /** Returns where a unit's name starts after its owner's relational noun and a comma ("'s venture arm, X"), or -1. */
  private static int apposedUnit(View v, int k) {
    for (int h = k; h < Math.min(v.size(), k + 3); h++) {
      if (v.tok(h).type() != Token.Type.WORD || v.mention(h) != null) {
        return -1;
      }
      if (RELATIONAL.contains(v.low(h))) {
        // "Hooli's venture arm, Hooli Ventures, …" and "Hooli's venture arm Hooli Ventures".
        int at = v.is(h + 1, ",") ? h + 2 : h + 1;
        EntityMention unit = v.mentionAt(at);
        return unit != null && unit.named() ? at : -1;
      }
    }
    return -1;
  }

  /**
   * Returns where a person's name starts after a few lower-case words holding a title ("chief executive Ada
   * Park", "longtime investing partner Ada Park"), or -1.
   */
  static int describedPerson(View v, int k) {
    boolean titled = false;
    for (int h = k; h < Math.min(v.size(), k + 6); h++) {
      EntityMention m = v.mentionAt(h);
      boolean employer = h == k + 1 && v.is(k, "former") && v.tok(h).capitalised();
      if (employer) {
        // "former Stripe executive Ada Park": the company he left is part of the description.
        h = m != null ? m.end() - 1 : h;
        continue;
      }
      if (m != null) {
        return titled && m.form() == EntityMention.Form.PERSON ? h : -1;
      }
      // "former Globex CEO Ana Ruiz": a title may be written in capitals.
      if (v.tok(h).type() != Token.Type.WORD || v.tok(h).capitalised() && !v.words.titleWords.contains(v.low(h))
          || v.mention(h) != null || v.is(h, "and", "or")) {
        return -1;
      }
      titled |= v.words.titleWords.contains(v.low(h));
    }
    return -1;
  }

  /** Returns where names resume after a short description closed by a colon ("a group of backers: D"), or -1. */
  private static int introducedList(View v, int k) {
    for (int h = k; h < Math.min(v.size(), k + 8); h++) {
      if (v.is(h, ":")) {
        return v.mentionAt(h + 1) != null ? h + 1 : -1;
      }
      if (v.mention(h) != null || v.tok(h).type() != Token.Type.WORD) {
        return v.mentionAt(h) != null && h == k ? h : -1;
      }
    }
    return -1;
  }

  /**
   * Returns true when the comma at {@code close} that seems to end a relative clause goes on with a list of the
   * clause's own: "OpenAI and Google, whose models handle Hindi, Tamil and other languages"; ", and with X" after
   * it still continues the sentence's own list.
   */
  static boolean clauseGoesOn(View v, int close) {
    EntityMention last = v.mention(close - 1);
    return v.is(close, ",") && close + 1 < v.size() && v.tok(close - 1).capitalised() && v.tok(close + 1).capitalised()
        && (last == null || last.form() == EntityMention.Form.CANDIDATE);
  }

  /** Returns the coordinated mentions starting at {@code k}, skipping relative clauses between members. */
  static List<EntityMention> list(View v, int k) {
    List<EntityMention> out = new ArrayList<>();
    boolean inRelative = k < v.size() && v.relative[k];
    boolean commaAnd = false;
    while (k < v.size() && out.size() < Slots.MAX_LIST && v.relative[k] == inRelative) {
      // "Waymo, the Alphabet unit that …": the comma before the article still marks an apposition; a title
      // ("former") opens a member instead.
      boolean afterComma = !out.isEmpty() && v.is(k - 1, ",") && !v.is(k, "former");
      while ((v.is(k, "both", "either", "the") || v.is(k, "former") && v.mentionAt(k + 1) != null)
          && v.mentionAt(k) == null) {
        // "… as well as former Hooli chief executive Ada Park": the title after the company names the member.
        k++;
      }
      EntityMention m = v.mentionAt(k);
      if (m == null && k < v.size() && v.tok(k).capitalised() && v.words.titles.contains(v.low(k))
          && v.mentionAt(k + 1) != null) {
        // "…, Prince Alwaleed Bin Talal and Kingdom Holding": a title before a member's name.
        m = v.mentionAt(++k);
      }
      if (m == null && Vehicles.owner(v, k) >= 0) {
        // "…, affiliated funds of X, …": the firm behind the funds is the member.
        k = Vehicles.owner(v, k);
        m = v.mentionAt(k);
      }
      if (m == null && !out.isEmpty()) {
        int named = titledName(v, k);
        // "… and his longtime investing partner Daniel Gross": a person behind a description of him.
        named = named >= 0 || !v.is(k, "his", "her", "their", "its") ? named : describedPerson(v, k + 1);
        // "…, angel investors Ada Park and Tom Bell": people behind a plural title.
        named = named >= 0 ? named : describedPerson(v, k);
        // "…, as well as industrial actors: C, D and E": a later group of members introduced by a colon.
        named = named >= 0 ? named : introducedList(v, k);
        // "… and Saudi Arabia's Public Investment Fund": a place that owns the member is no member.
        named = named >= 0 ? named : ownedByPlace(v, k);
        // "…, trading firm Orrin Ventures, …": a description of the member's business before its name.
        named = named >= 0 ? named : DescribedMember.at(v, k);
        m = named >= 0 ? v.mentionAt(named) : null;
      }
      // "Kestrel co-founder Ana Ruiz", "Globex's chief scientist Ana Ruiz": the person behind the title is the member.
      m = m == null ? out.isEmpty() ? null : PersonMembers.titled(v, k) : PersonMembers.behindTitle(v, m, m.end());
      if (m == null || !out.isEmpty() && (m.form() == EntityMention.Form.DESCRIPTION
          || m.form() == EntityMention.Form.PRONOUN)
          || afterComma && m.end() < v.size() && v.tok(m.end()).type() == Token.Type.WORD && v.mention(m.end()) == null
          && Character.isLowerCase(v.tok(m.end()).text().charAt(0)) && !v.is(m.end(), "and", "or")
          && !v.words.prepositions.contains(v.low(m.end())) && !(m.possessive() && apposedUnit(v, m.end()) >= 0)
          && !Vehicles.through(v, m.end()) && PersonMembers.partnerEnd(v, m.end()) < 0) {
        // "OpenAI, the San Francisco lab, …": a description after a name is an apposition, not a new member.
        break;
      }
      if (!out.isEmpty() && v.is(k - 1, "and") && v.money(m.end()) != null) {
        // "invested $8 billion in Y and Z $2 billion": a gapped clause with its own sum, not a second investee.
        break;
      }
      if (commaAnd && out.size() == 1 && opensPredicate(v, m.end())) {
        // "invested $8 billion in Acme, and Globex has also put …": the name after ", and" starts a new clause.
        break;
      }
      // "…, Hooli Alternatives, …": unknown capitalised words after a known name belong to the member.
      m = ListItems.whole(v, m);
      out.add(m);
      k = m.end();
      // "…, Vela general partner Ana Ruiz, …": the partner speaks for the firm, which stays the member.
      k = m.form() == EntityMention.Form.PERSON || PersonMembers.partnerEnd(v, k) < 0 ? k
          : PersonMembers.partnerEnd(v, k);
      EntityMention titled = m.possessive() || !RELATIONAL.contains(v.low(k)) || v.low(k).endsWith("s") ? null
          : v.mentionAt(k + 1);
      if (titled != null && (titled.named() || titled.form() == EntityMention.Form.CANDIDATE)
          && !titled.possessive()) {
        // "… as well as the Hooli unit Zorbit": the member is the name after the relation, never its owner.
        out.set(out.size() - 1, titled);
        k = titled.end();
      }
      if (v.is(k, "(")) {
        int close = k + 1;
        while (close < Math.min(v.size(), k + 8) && !v.is(close, ")")) {
          close++;
        }
        k = v.is(close, ")") ? close + 1 : k;
      }
      int unit = m.possessive() ? apposedUnit(v, k) : -1;
      if (unit >= 0) {
        // "Globex's venture arm, Globex Growth, …": the member is the unit named after its description.
        out.set(out.size() - 1, v.mentionAt(unit));
        k = v.mentionAt(unit).end();
      }
      int related = m.possessive() && v.mentionAt(k) == null ? relatedName(v, k) : -1;
      if (related >= 0) {
        // "Ana Ruiz's former employer Globex": the member is the name the relation introduces.
        out.set(out.size() - 1, v.mentionAt(related));
        k = related;
      }
      if (m.possessive() && v.mentionAt(k) != null) {
        // "Elon Musk's xAI", "Alphabet's CapitalG": the member is the named unit, not its owner; an unknown
        // capitalised word after the owner ("Google's Veo") is the owner's product, so the owner stays.
        if (v.mentionAt(k).form() != EntityMention.Form.CANDIDATE) {
          out.set(out.size() - 1, v.mentionAt(k));
        }
        k = v.mentionAt(k).end();
      }
      if (m.possessive()) {
        k = pastProduct(v, k);
      }
      EntityMention suspended = v.is(k, "-") && v.is(k + 1, "and", "or") ? v.mentionAt(k + 2) : null;
      if (suspended != null && v.is(suspended.end(), "-") && v.words.participles.contains(v.low(suspended.end() + 1))
          && v.mention(suspended.end() + 2) != null) {
        // "Accel- and Globex-backed Hooli": both backers describe the member after them.
        k = suspended.end();
      }
      if (v.is(k, "-") && v.words.participles.contains(v.low(k + 1)) && v.mention(k + 2) != null) {
        // "Amazon-backed Anthropic": the member is the company, not its backer.
        out.set(out.size() - 1, v.mention(k + 2));
        k = v.mention(k + 2).end();
      }
      boolean member = memberAt(v, k + 1) || v.is(k + 1, "the") && memberAt(v, k + 2);
      boolean ownerOf = k + 2 < v.size() && v.tok(k + 1).type() == Token.Type.WORD && !v.tok(k + 1).capitalised()
          && v.is(k + 2, "of");
      // "…, former Globex chief executive Ana Ruiz, …" is a member: a person named behind the title.
      member |= v.is(k, ",") && describedPerson(v, k + 1) >= 0;
      // "…, LinkedIn co-founder Ana Ruiz, …" is a member too: the person behind an employer's title.
      member |= v.is(k, ",") && PersonMembers.titled(v, k + 1) != null;
      int unitAside = member ? -1 : ListItems.ownerApposition(v, k);
      if (unitAside > 0 && (v.is(unitAside + 1, "and", "or") || v.mentionAt(unitAside + 1) != null)) {
        // "NVentures, Hooli's venture capital arm, Halcyon Media and …": the unit's description is no member.
        k = unitAside;
      } else if (v.is(k, ",") && !member && (ownerOf
          || v.is(k + 1, "the", "a", "an", "its", "his", "their", "one", "early", "former"))) {
        // "Eric Schmidt, the former chief executive of Google, and …", "X, owner of the Lidl chain, Y and Z":
        // skip the apposition.
        int close = k + 1;
        while (close < Math.min(v.size(), k + 12) && !v.is(close, ",", ";", ".", ":")) {
          close++;
        }
        if (v.is(close, ",") && (v.is(close + 1, "and", "or", "as") || memberAt(v, close + 1))) {
          k = close;
        }
      }
      // "Ana Ruiz with investor Tom Bell": a preposition opens no title of the member before it.
      int person = m.possessive() || v.words.prepositions.contains(v.low(k)) ? -1 : describedPerson(v, k);
      if (person >= 0 && !(m.entity().map(e -> e.kind() == dev.dealgraph.extract.EntityKind.INVESTOR).orElse(false)
          && !v.is(k - 2, "former") && v.is(person - 1, "partner", "director", "principal"))) {
        // "Amazon founder Jeff Bezos", "former GitHub chief executive Nat Friedman": the member is the person,
        // not the company that describes him; a fund's own partner speaks for the fund.
        out.set(out.size() - 1, v.mentionAt(person));
        k = v.mentionAt(person).end();
      }
      if (Vehicles.through(v, k)) {
        k++;
      }
      if (v.is(k, "through", "via") && !out.isEmpty()) {
        // "Jeff Bezos through his family office Bezos Expeditions, …": the vehicle belongs to the member.
        // "A via its growth fund A Growth and B through C": a vehicle's name ends before "and" and the next member.
        int comma = k + 1;
        while (comma < Math.min(v.size(), k + 9) && !v.is(comma, ",", ";", ".")
            && !(v.is(comma, "and") && v.mention(comma - 1) != null && v.mentionAt(comma + 1) != null)) {
          comma++;
        }
        if (v.is(comma, ",", "and")) {
          k = comma;
        }
      }
      if (v.is(k, ",") && !inRelative && v.relative[Math.min(k + 1, v.size() - 1)]) {
        k++;
        while (k < v.size() && v.relative[k]) {
          k++;
        }
        if (clauseGoesOn(v, k)) {
          break;
        }
      }
      int colon = v.is(k, ",") && v.is(k + 1, "alongside", "plus") ? introducedList(v, k + 2) : -1;
      if (colon > 0) {
        // "…, alongside a group of strategic investors: D, E and F": the list goes on after the colon.
        k = colon;
      } else if (v.is(k, ",") && v.is(k + 1, "and", "or")) {
        k += 2;
        commaAnd = true;
        if (v.is(k, "with", "from", "against", "by")) {
          k++;
        }
      } else if (v.is(k, "and", "or") && v.is(k + 1, "with", "from", "against", "in")) {
        k += 2;
      } else if (v.is(k, "as") && v.is(k + 1, "well") && v.is(k + 2, "as")
          || v.is(k, ",") && v.is(k + 1, "as") && v.is(k + 2, "well") && v.is(k + 3, "as")
          || v.is(k, "in") && v.is(k + 1, "addition") && v.is(k + 2, "to")
          || v.is(k, ",") && v.is(k + 1, "in") && v.is(k + 2, "addition") && v.is(k + 3, "to")) {
        // "…, in addition to X" adds a member as "as well as X" does.
        k += v.is(k, ",") ? 4 : 3;
        if (v.is(k, "by", "from", "with")) {
          k++;
        }
      } else if (v.is(k, ",", "and", "or", "&")) {
        k++;
      } else if (v.is(k, "with") && describedPerson(v, k + 1) >= 0 && !out.isEmpty()
          && out.get(out.size() - 1).form() == EntityMention.Form.PERSON) {
        // "…, former Globex chief Ana Ruiz with investor Tom Bell, and …": two people joined in one member's place.
        k++;
      } else if (semicolonList(v, k)) {
        // "Backers include A; B; and C": semicolons separate the members when they run to a last "; and".
        k += v.is(k + 1, "and", "or") ? 2 : 1;
      } else {
        break;
      }
    }
    return out;
  }

  /**
   * Returns true when an auxiliary or a verb of investing, after any adverbs, stands at {@code k}: "has also put";
   * a verb of joining ("and Y joined it") leaves the member to the round's list.
   */
  private static boolean opensPredicate(View v, int k) {
    int h = k;
    while (h < v.size() && (v.words.adverbs.contains(v.low(h)) || v.low(h).endsWith("ly"))) {
      h++;
    }
    Verb verb = v.words.verbs.get(v.low(h));
    return h < v.size() && v.tok(h).type() == Token.Type.WORD && (v.words.auxiliaries.contains(v.low(h))
        || verb != null && !verb.section().equals("verb-round"));
  }

  /**
   * Returns the token after an owner's product named at {@code k} ("Hooli's Orbit app and …", "Hooli's Orbit, …"):
   * capitalised words the gazetteer does not know, then words naming the kind of product; {@code k} when the words
   * do not end at a separator, so that no member is lost.
   */
  /**
   * Returns where an organization's name starts after a possessive's relation noun of one or two words ("former
   * employer", "parent"), or -1: the noun must end in the lexicon's relation nouns.
   */
  private static int relatedName(View v, int k) {
    for (int h = k; h < Math.min(v.size(), k + 2); h++) {
      if (v.tok(h).type() != dev.dealgraph.extract.text.Token.Type.WORD || v.tok(h).capitalised()
          || v.mention(h) != null) {
        return -1;
      }
      EntityMention named = v.mentionAt(h + 1);
      if (v.words.relationNouns.contains(v.low(h)) && named != null && named.named() && !named.possessive()
          && named.form() != EntityMention.Form.PERSON) {
        return h + 1;
      }
    }
    return -1;
  }

  private static int pastProduct(View v, int k) {
    int h = k;
    while (h < Math.min(v.size(), k + 3) && v.mention(h) == null && v.tok(h).type() == Token.Type.WORD
        && v.tok(h).capitalised()) {
      h++;
    }
    int named = h;
    while (h < Math.min(v.size(), named + 2) && v.words.productNouns.contains(v.low(h))) {
      h++;
    }
    return h > k && (h >= v.size() || v.is(h, ",", "and", "or", ".", ";")) ? h : k;
  }

  /** Returns true when a semicolon at {@code k} separates names up to a closing "; and" or "; or" member. */
  private static boolean semicolonList(View v, int k) {
    while (v.is(k, ";")) {
      boolean last = v.is(k + 1, "and", "or");
      int at = last ? k + 2 : k + 1;
      if (!memberAt(v, at)) {
        return false;
      }
      if (last) {
        return true;
      }
      k = v.mentionAt(at).end();
    }
    return false;
  }
}

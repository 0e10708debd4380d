package dev.dealgraph.extract;

import static dev.dealgraph.extract.Fixtures.extract;
import static dev.dealgraph.extract.Fixtures.pairs;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A verb governing an infinitive ("committed to invest") keeps the subject before an apposition with an owner. */
class CatenativeSubjectTest {

  @Test
  void readsTheNameBeforeAnAppositionNamingAnOwnerAsTheSubjectOfCommittedToInvest() {
    Extraction e = extract("Globex, Hooli's rival in search, committed to invest up to $2 billion in Initech last"
        + " year.");

    assertThat(pairs(e)).containsExactly("Globex -> Initech");
  }

  @Test
  void readsTheSubjectOfPledgedToPut() {
    Extraction e = extract("Globex, Hooli's longtime partner, pledged to put $1 billion into Initech.");

    assertThat(pairs(e)).containsExactly("Globex -> Initech");
  }

  @Test
  void keepsTheOwnersRivalNamedAfterThePossessive() {
    Extraction e = extract("Hooli's rival Globex committed to invest $2 billion in Initech.");

    assertThat(pairs(e)).containsExactly("Globex -> Initech");
  }
}

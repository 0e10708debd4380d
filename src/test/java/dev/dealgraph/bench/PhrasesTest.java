package dev.dealgraph.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dealgraph.DealGraphException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PhrasesTest {

  @Test
  void fillsSlotsAndKeepsOnlyTheApostropheAfterANameEndingInS() {
    Map<String, String> slots = Map.of("investee", "Galari Systems", "rival", "Quill");
    assertThat(Phrases.fill("{investee}'s rival {rival}'s money", slots::get))
        .isEqualTo("Galari Systems' rival Quill's money");
  }

  @Test
  void leavesTextWithoutSlotsAlone() {
    assertThat(Phrases.fill("no slots here, not even a { brace", name -> "x"))
        .isEqualTo("no slots here, not even a { brace");
  }

  @Test
  void refusesAPhraseOutsideASection() {
    assertThatThrownBy(() -> Phrases.parse("test.txt", "orphan\n[a]\nx\n"))
        .isInstanceOf(DealGraphException.class).hasMessageContaining("test.txt:1").hasMessageContaining("orphan");
  }

  @Test
  void shippedPhrasesHaveEverySectionTheWriterUses() {
    Phrases phrases = Phrases.standard();
    for (String status : new String[] {"completed", "announced", "rumored", "inTalks", "withdrawn"}) {
      assertThat(phrases.all("title." + status)).isNotEmpty();
      assertThat(phrases.all("lead." + status)).isNotEmpty();
    }
    assertThat(phrases.all("noise")).hasSizeGreaterThanOrEqualTo(60);
  }
}

package dev.dealgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class FurnitureTest {
  private static final Furniture LEXICON = Furniture.load();

  @Test
  void cutsTrailingBlockAtHeadingCue() {
    assertThat(LEXICON.strip(List.of("Story one.", "Story two.", "Related Articles:", "Other story.")))
        .containsExactly("Story one.", "Story two.");
    assertThat(LEXICON.strip(List.of("Story one.", "YOU MIGHT ALSO LIKE", "Other story.")))
        .containsExactly("Story one.");
  }

  @Test
  void cutsTrailingBlockAtPrefixCue() {
    assertThat(LEXICON.strip(List.of("Story.", "This content is AI-generated from other reports. Check them.",
        "Thoughts", "Share your thoughts on this article"))).containsExactly("Story.");
    assertThat(LEXICON.strip(List.of("Story.", "More from Example News", "Teaser"))).containsExactly("Story.");
  }

  @Test
  void keepsBodySentencesThatMerelyStartWithACueWord() {
    List<String> body = List.of("Story.", "Related companies also raised money this year.",
        "Comments from the chief executive were upbeat.");

    assertThat(LEXICON.strip(body)).isEqualTo(body);
  }

  @Test
  void dropsFurnitureLinesWhereverTheyStand() {
    assertThat(LEXICON.strip(List.of("Story one.", "Advertisement", "Story two.", "Share")))
        .containsExactly("Story one.", "Story two.");
  }

  @Test
  void dropsTrailingTeaserRunAndTheLeadItWasCutFrom() {
    List<String> body = List.of("Story paragraph.", "Regulators in Brussels opened a review of cloud contracts today.",
        "Regulators in Brussels opened a review of cl…", "A court in Delaware heard argu…",
        "Shares fell after the...");

    assertThat(LEXICON.strip(body)).containsExactly("Story paragraph.");
  }

  @Test
  void dropsTrailingSignUpPrompts() {
    assertThat(LEXICON.strip(List.of("Story.", "The fund also runs a newsletter for its investors, which it says"
        + " reached forty thousand readers this year after it doubled its staff and opened an office in Lisbon.",
        "Get the weekly deals letter: sign up here.", "Unsubscribe at any time · Manage preferences")))
        .hasSize(2);
    assertThat(LEXICON.strip(List.of("Subscribe to nothing: the only paragraph stays."))).hasSize(1);
  }

  @Test
  void keepsSingleParagraphEndingInEllipsis() {
    List<String> body = List.of("Story paragraph.", "And then the chief executive said only: well...");

    assertThat(LEXICON.strip(body)).isEqualTo(body);
  }

  @Test
  void refusesLexiconWithUnknownSectionOrCueOutsideSection() {
    assertThatThrownBy(() -> Furniture.parse("f.txt", List.of("# c", "[ending]", "x")))
        .hasMessage("f.txt:2: unknown section [ending] (expected one of [end-heading], [end-prefix], [drop-line],"
            + " [tail-contains])");
    assertThatThrownBy(() -> Furniture.parse("f.txt", List.of("Related")))
        .hasMessage("f.txt:1: cue outside a section: Related");
  }

  @Test
  void neverCutsTheTitleOrTheSummary() {
    Article article = Reading.one("""
        +++
        title = "Related"
        summary = "Comments"
        +++
        Body of the story.

        Related Articles

        Other story.
        """);

    assertThat(article.paragraphs()).containsExactly("Related", "Comments", "Body of the story.");
  }
}

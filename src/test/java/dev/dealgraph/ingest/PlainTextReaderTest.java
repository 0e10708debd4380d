package dev.dealgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PlainTextReaderTest {

  private static final String STORY = """
      Nimbus Capital weighs stake in Lattice Robotics

      By Dana Whitfield
      Published: Sept 25, 2023

      BOSTON, Sept 24, 2023 — Nimbus Capital is weighing an investment of up to $300 million in Lattice Robotics.

      The robotics startup competes with Ferrule Systems in warehouse automation.
      """;

  @Test
  void readsHeadlineBylineAndPublishedLine() {
    Article article = Reading.one(STORY);

    assertThat(article.title()).isEqualTo("Nimbus Capital weighs stake in Lattice Robotics");
    assertThat(article.published()).contains(LocalDate.of(2023, 9, 25));
    assertThat(article.metadata()).containsEntry("author", "Dana Whitfield").containsEntry("format", "text");
    assertThat(article.paragraphs()).containsExactly(
        "Nimbus Capital weighs stake in Lattice Robotics",
        "BOSTON, Sept 24, 2023 — Nimbus Capital is weighing an investment of up to $300 million in Lattice Robotics.",
        "The robotics startup competes with Ferrule Systems in warehouse automation.");
  }

  @Test
  void takesPublicationDateFromDatelineWhenNoPublishedLine() {
    Article article = Reading.one("Headline here\n\nSEATTLE, Sept 25, 2023 — Body of the story.\n");

    assertThat(article.published()).contains(LocalDate.of(2023, 9, 25));
  }

  @Test
  void takesTheDateOfADatelineBelowATranslatorsNoteAndAStandfirst() {
    Article article = Reading.one("Harbour Review\n\nTranslated from the Korean edition by our desk\n\n"
        + "Can the chipmakers keep up?\n\nBUSAN, 3 March 2025 — Body of the story.\n");

    assertThat(article.published()).contains(LocalDate.of(2025, 3, 3));
  }

  @Test
  void takesThePublicationDateFromABracketedTranslatorsNote() {
    Article article = Reading.one("Quayside Robotics closes its second round\n"
        + "[Translated from Portuguese. Original published 14 February 2025]\n\n"
        + "Quayside Robotics raised new money from Fennel Partners on Monday.\n");

    assertThat(article.published()).contains(LocalDate.of(2025, 2, 14));
    assertThat(article.paragraphs()).noneMatch(p -> p.contains("Translated"));
  }

  @Test
  void takesThePublicationDateFromAParenthesisedNoteWithAnAbbreviatedMonth() {
    assertThat(Reading.one("Headline here\n(Translated from Finnish. Published Sept. 9, 2024)\n\nBody.\n")
        .published()).contains(LocalDate.of(2024, 9, 9));
    assertThat(Reading.one("Headline here\n(Published March 2, 2023)\n\nBody of the story.\n").published())
        .contains(LocalDate.of(2023, 3, 2));
    assertThat(Reading.one("Headline here\nFirst published on 5 June 2022\n\nBody of the story.\n").published())
        .contains(LocalDate.of(2022, 6, 5));
  }

  @Test
  void prefersThePublishedDateOfANoteToItsUpdatedDate() {
    Article article = Reading.one("Headline here\n[Updated 3 May 2024. First published 1 May 2024]\n\nBody.\n");

    assertThat(article.published()).contains(LocalDate.of(2024, 5, 1));
  }

  @Test
  void keepsANoteWithoutADateInTheText() {
    Article article = Reading.one("Headline here\n[Translated from Estonian by the desk]\n\nBody of the story.\n");

    assertThat(article.published()).isEmpty();
    assertThat(article.paragraphs()).anyMatch(p -> p.contains("Translated from Estonian"));
  }

  @Test
  void readsNoPublicationDateFromAParenthesisedEventInTheNote() {
    assertThat(Reading.one("Headline here\n(The deal was signed on 4 April 2024)\n\nBody.\n").published())
        .isEmpty();
  }

  @Test
  void takesTheDateOfADatelineWithoutAPlace() {
    assertThat(Reading.one("Headline here\nSept 25, 2023 -- Body of the story.\n").published())
        .contains(LocalDate.of(2023, 9, 25));
    assertThat(Reading.one("Headline here\n\nTuesday, 3 March 2025 — Body of the story.\n").published())
        .contains(LocalDate.of(2025, 3, 3));
  }

  @Test
  void readsNoDatelineFromAParagraphOpenedByADashWithoutPlaceOrDate() {
    assertThat(Reading.one("Headline here\n\n-- Body of the story, written on July 10, 2025.\n").published())
        .isEmpty();
  }

  @Test
  void takesAgencyButNoDateFromReutersDateline() {
    Article article = Reading.one("Headline here\nLONDON (Reuters) - Body of the story.\n");

    assertThat(article.published()).isEmpty();
    assertThat(article.source()).contains("Reuters");
  }

  @Test
  void datelineWithoutDateGivesNoDate() {
    Article article = Reading.one("Headline here\nSeattle — Body of the story, which mentions July 10, 2025.\n");

    assertThat(article.published()).isEmpty();
    assertThat(article.source()).isEmpty();
  }

  @Test
  void eventDateInBodyIsNotPublicationDate() {
    Article article = Reading.one("""
        Shares of Gridline rise

        On July 10, 2025, the stock traded higher after the funding news.
        """);

    assertThat(article.published()).isEmpty();
  }

  @Test
  void usesUpdatedLineOnlyWhenNoPublishedLine() {
    assertThat(Reading.one("Title\nUpdated: 2024-03-02 10:15\nBody text.\n").published())
        .contains(LocalDate.of(2024, 3, 2));
    assertThat(Reading.one("Title\nUpdated: 2024-03-02\nPublished: 2024-03-01\nBody text.\n").published())
        .contains(LocalDate.of(2024, 3, 1));
  }

  @Test
  void skipsStandfirstRepeatedAboveHeadline() {
    Article article = Reading.one("""
        A short standfirst that the page repeats

        The real headline of the story
        A short standfirst that the page repeats
        Body paragraph of the story.
        """);

    assertThat(article.title()).isEqualTo("The real headline of the story");
    assertThat(article.paragraphs()).containsExactly("The real headline of the story",
        "A short standfirst that the page repeats", "Body paragraph of the story.");
  }

  @Test
  void joinsHardWrappedLinesOfOneParagraph() {
    Article article = Reading.one("""
        Wrapped story

        Quarry Labs said on Tuesday that it had raised new money from a group
        of investors led by Halden Partners, and that it would spend it on
        hiring engineers.

        Second paragraph.
        """);

    assertThat(article.paragraphs()).containsExactly("Wrapped story",
        "Quarry Labs said on Tuesday that it had raised new money from a group of investors led by Halden Partners,"
            + " and that it would spend it on hiring engineers.",
        "Second paragraph.");
  }

  @Test
  void derivesTitleFromFirstSentenceWhenFirstLineIsAParagraph() {
    String first = "Orbital Data said on Monday it will take a minority stake in Kestrel AI. "
        + "The deal values the company at several billion dollars and follows months of talks between the two firms,"
        + " which had worked together on a pilot project for logistics customers in Europe and Asia.";
    Article article = Reading.one(first + "\nSecond paragraph.\n");

    assertThat(article.title()).isEqualTo("Orbital Data said on Monday it will take a minority stake in Kestrel AI.");
    assertThat(article.text()).startsWith(first + "\n\n");
    assertThat(article.published()).isEmpty();
  }

  @Test
  void readsSignatureLineOfNamePlaceAndDate() {
    Article article = Reading.one("Headline here\nAna Ruiz \u00b7 Madrid \u00b7 2 May 2025\nBody of the story.\n");

    assertThat(article.published()).contains(LocalDate.of(2025, 5, 2));
    assertThat(article.metadata()).containsEntry("author", "Ana Ruiz");
    assertThat(article.paragraphs()).containsExactly("Headline here", "Body of the story.");
  }

  @Test
  void readsPostedByLineAndYearFirstDottedDate() {
    Article article = Reading.one("Headline here\nPosted by Wire staff\nPublished 2025.06.02 09:14 | Updated 2025.06.03"
        + "\nBody of the story.\n");

    assertThat(article.published()).contains(LocalDate.of(2025, 6, 2));
    assertThat(article.metadata()).containsEntry("author", "Wire staff");
    assertThat(article.paragraphs()).containsExactly("Headline here", "Body of the story.");
  }

  @Test
  void keepsShortLineWithAnEventDateInTheText() {
    Article article = Reading.one("Headline here\nDeal closes on Sept 30, 2025\nBody of the story.\n");

    assertThat(article.published()).isEmpty();
    assertThat(article.paragraphs()).contains("Deal closes on Sept 30, 2025");
  }

  @Test
  void readsTimestampLineWithSourceUnderHeadline() {
    Article article = Reading.one("Headline here\n\n2025-02-08 09:46  Source: Harbour Daily\n\nBody of the story.\n");

    assertThat(article.published()).contains(LocalDate.of(2025, 2, 8));
    assertThat(article.paragraphs()).doesNotContain("2025-02-08 09:46  Source: Harbour Daily");
  }

  @Test
  void readsSlashedTimestampWithZoneAndPlaceAsPrinted() {
    Article article = Reading.one("Headline here\n2025/04/01 07:55 JST  Osaka\n\nBody of the story.\n");

    assertThat(article.published()).contains(LocalDate.of(2025, 4, 1));
  }

  @Test
  void readsPressReleaseDatelineFromSeveralCities() {
    Article article = Reading.one("Headline here\n\nOSLO and NEW YORK, Mar. 3, 2025 /PRNewswire/ - Body of the story.\n");

    assertThat(article.published()).contains(LocalDate.of(2025, 3, 3));
    assertThat(article.source()).contains("PRNewswire");
  }

  @Test
  void readsPressReleaseDatelineBelowASubheadline() {
    Article article = Reading.one("Headline here\n\nFinancing led by two growth funds values the firm at $1 billion\n\n"
        + "MALMO, Sweden, June 4, 2025 /PRNewswire/ -- Body of the story.\n");

    assertThat(article.published()).contains(LocalDate.of(2025, 6, 4));
  }

  @Test
  void takesNoDatelineFromASecondParagraphAfterAFullSentence() {
    Article article = Reading.one("Headline here\n\nThe first paragraph is a whole sentence.\n\n"
        + "MALMO, June 4, 2025 -- Body of the story.\n");

    assertThat(article.published()).isEmpty();
  }

  @Test
  void readsADatelineFiledFromTwoCitiesJoinedByASlash() {
    Article article = Reading.one("Headline here\n\nOSLO/BERGEN, Sept 4, 2024 — Body of the story.\n");

    assertThat(article.published()).contains(LocalDate.of(2024, 9, 4));
  }

  @Test
  void takesTheDateThatEndsATranslatorsNote() {
    assertThat(Reading.one("Headline here\n(Translated from the Dutch. 06.11.2023)\n\nBody of the story.\n")
        .published()).contains(LocalDate.of(2023, 11, 6));
    assertThat(Reading.one("Headline here\n(Translated from Korean trade press. March 2, 2024)\n\nBody.\n")
        .published()).contains(LocalDate.of(2024, 3, 2));
    assertThat(Reading.one("Headline here\n[Aus dem Deutschen übersetzt. 6. Mai 2025]\n\nBody.\n").published())
        .contains(LocalDate.of(2025, 5, 6));
  }

  @Test
  void takesThePublicationDateFromAPlaceAndDateLine() {
    Article article = Reading.one("Headline here\n\nRotterdam, 25 September 2025\n\nBody of the story.\n");

    assertThat(article.published()).contains(LocalDate.of(2025, 9, 25));
    assertThat(article.paragraphs()).doesNotContain("Rotterdam, 25 September 2025");
    assertThat(Reading.one("Headline here\n\nLyon, 3 avril 2024\n\nBody.\n").published())
        .contains(LocalDate.of(2024, 4, 3));
  }

  @Test
  void readsNoPublicationDateFromAnEventLineThatOpensWithAPlace() {
    assertThat(Reading.one("Headline here\n\nIn Rotterdam, the deal closed on 25 September 2025\n\nBody.\n")
        .published()).isEmpty();
    assertThat(Reading.one("Headline here\n(Translated from the Dutch. Signed on 06.11.2023)\n\nBody.\n")
        .published()).isEmpty();
  }

  @Test
  void takesTheAgencyOfADatelineThatNamesOnlyTheAgency() {
    Article article = Reading.one("Headline here\n\n(Harbour Wire) — Body of the story.\n");

    assertThat(article.published()).isEmpty();
    assertThat(article.source()).contains("Harbour Wire");
  }
}

package dev.dealgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FeedReaderTest {

  @Test
  void readsRssItemsAsNumberedDocuments() {
    List<Article> items = Reading.READER.read("deals.xml", Fixtures.bytes("feed.rss"), Optional.empty());

    assertThat(items).extracting(Article::origin).containsExactly("deals.xml#1", "deals.xml#2");
    Article first = items.get(0);
    assertThat(first.title()).isEqualTo("Pinecrest Capital invests in Solace Robotics");
    assertThat(first.published()).contains(LocalDate.of(2024, 11, 5));
    assertThat(first.source()).contains("Ledger Deals");
    assertThat(first.url()).contains("https://ledger.example.com/deals/pinecrest-solace");
    assertThat(first.paragraphs()).containsExactly("Pinecrest Capital invests in Solace Robotics",
        "Pinecrest Capital has invested $15 million in Solace Robotics.", "Solace competes with Ironleaf Automation.");
    assertThat(items.get(1).paragraphs()).containsExactly("Tidewater weighs bid for Quorum Analytics",
        "Tidewater Partners is in talks about a stake in Quorum Analytics, people close to the matter said.");
  }

  @Test
  void readsAtomEntryWithDateInItsOwnOffset() {
    Article entry = Reading.READER.read("wire.atom", Fixtures.bytes("feed.atom"), Optional.empty()).get(0);

    assertThat(entry.origin()).isEqualTo("wire.atom#1");
    assertThat(entry.published()).contains(LocalDate.of(2025, 1, 19));
    assertThat(entry.metadata()).containsEntry("author", "Ida Moreau");
    assertThat(entry.paragraphs()).containsExactly("Brightline AI closes Series C",
        "Brightline AI closed a $60 million Series C led by Arbor Growth.");
  }
}

package dev.dealgraph.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dealgraph.testing.CorpusStore;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OrganizationServiceTest {
  private final OrganizationService service =
      new OrganizationService(CorpusStore.shared(), new Directory(CorpusStore.shared()));

  @Test
  void organizationCarriesNamesFamilyProductsDealsRivalsAndLinks() {
    Organization amazon = service.get("amazon").orElseThrow();
    assertThat(amazon.name()).isEqualTo("Amazon");
    assertThat(amazon.kind()).isEqualTo("company");
    assertThat(amazon.aliases()).containsExactly("Amazon.com");
    assertThat(amazon.tickers()).containsExactly("AMZN");
    assertThat(amazon.wikidata()).contains("https://www.wikidata.org/wiki/Q3884");
    assertThat(amazon.subsidiaries()).extracting(OrgRef::id).containsExactly("amazon-web-services");
    assertThat(amazon.products()).containsExactly("Alexa");
    assertThat(amazon.investmentsMade().count()).isEqualTo(2);
    assertThat(amazon.investmentsMade().byStatus()).containsEntry("completed", 2L);
    assertThat(amazon.investmentsReceived().count()).isZero();
    assertThat(amazon.articleCount()).isEqualTo(3);
    assertThat(amazon.links()).containsEntry("investmentsMade", "/api/investments?investor=amazon");

    Organization aws = service.get("amazon-web-services").orElseThrow();
    assertThat(aws.parent()).map(OrgRef::id).contains("amazon");

    Organization openAi = service.get("openai").orElseThrow();
    assertThat(openAi.competitors()).extracting(OrgRef::id).containsExactly("anthropic", "google", "mistral-ai");
    assertThat(openAi.rounds()).hasSize(1);
  }

  @Test
  void peopleAndDiscoveredFirmsAreFoundByTheirIds() {
    assertThat(service.get("jane-roe")).map(Organization::kind).contains("person");
    assertThat(service.get("thrive-capital")).map(Organization::kind).contains("investor");
    assertThat(service.get("nobody-here")).isEmpty();
    assertThat(service.get("Not An Id")).isEmpty();
  }

  @Test
  void listFiltersByWordsAndKindAndSortsByActivity() {
    Page<OrganizationSummary> page = service.list(new OrgFilter(Optional.of("amazon"), Optional.empty()),
        OrgSort.NAME, PageRequest.first());
    assertThat(page.items()).extracting(OrganizationSummary::id).containsExactly("amazon", "amazon-web-services");

    Page<OrganizationSummary> investors = service.list(new OrgFilter(Optional.empty(), Optional.of("investor")),
        OrgSort.NAME, PageRequest.first());
    assertThat(investors.items()).extracting(OrganizationSummary::id)
        .containsExactly("lumen-ventures", "softbank", "thrive-capital");

    Page<OrganizationSummary> busiest = service.list(new OrgFilter(Optional.empty(), Optional.empty()),
        OrgSort.INVESTMENTS, new PageRequest(1, 0));
    assertThat(busiest.items()).extracting(OrganizationSummary::id).containsExactly("anthropic");
    assertThat(busiest.hasNext()).isTrue();
  }
}

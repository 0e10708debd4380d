package dev.dealgraph.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SearchIndexTest {
  private static Actor actor(String id, String name, List<String> aliases, List<String> products) {
    return Actor.of("https://dealgraph.dev/id/org/" + id, new OrgRef(id, name, "company", "/api/organizations/" + id),
        aliases, List.of(), products, Optional.empty(), Optional.empty());
  }

  private final SearchIndex index = SearchIndex.of(List.of(
      actor("anthropic", "Anthropic", List.of("Anthropic PBC"), List.of("Claude")),
      actor("google-deepmind", "Google DeepMind", List.of("DeepMind"), List.of()),
      actor("google", "Google", List.of("Alphabet"), List.of("Gemini")),
      actor("mistral-ai", "Mistral AI", List.of(), List.of()),
      actor("societe-generale", "Soci\u00e9t\u00e9 G\u00e9n\u00e9rale", List.of(), List.of())));

  @Test
  void exactNameRanksAbovePrefixOfALongerName() {
    assertThat(index.search("google", 5)).extracting(SearchHit::id).containsExactly("google", "google-deepmind");
    assertThat(index.search("google", 5).get(0).match()).isEqualTo("exact");
  }

  @Test
  void findsByPrefixWordAliasAndProduct() {
    assertThat(index.search("anth", 5)).extracting(SearchHit::match).containsExactly("prefix");
    assertThat(index.search("deepm", 5)).extracting(SearchHit::id).containsExactly("google-deepmind");
    assertThat(index.search("alphabet", 5)).extracting(SearchHit::id).containsExactly("google");
    assertThat(index.search("claude", 5)).extracting(SearchHit::matched).containsExactly("Claude");
  }

  @Test
  void toleratesTyposAndAccents() {
    assertThat(index.search("antrhopic", 5)).extracting(SearchHit::id).containsExactly("anthropic");
    assertThat(index.search("misral", 5)).extracting(SearchHit::id).containsExactly("mistral-ai");
    assertThat(index.search("societe gen", 5)).extracting(SearchHit::id).containsExactly("societe-generale");
  }

  @Test
  void queryWithoutLettersOrDigitsFindsNothing() {
    assertThat(index.search("\"}; DROP ALL #", 5)).extracting(SearchHit::id).isEmpty();
    assertThat(index.search("<>{}", 5)).isEmpty();
  }
}

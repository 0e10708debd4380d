package dev.dealgraph.queries;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dealgraph.ontology.DG;
import dev.dealgraph.ontology.Ontology;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.shared.PrefixMapping;
import org.junit.jupiter.api.Test;

class QueryVocabularyTest {
  private static final Pattern DG_TERM = Pattern.compile("<" + Pattern.quote(DG.NS) + "([^>]*)>");

  @Test
  void everyQueryUsesOnlyTermsTheOntologyDeclares() {
    Set<String> declared = Ontology.standard().terms();
    List<String> unknown = new ArrayList<>();
    for (NamedQuery q : NamedQueries.standard().all()) {
      Query parsed = QueryFactory.create(q.sparql());
      // Without prefixes the query prints every IRI in full, comments gone.
      parsed.setPrefixMapping(PrefixMapping.Factory.create());
      Matcher m = DG_TERM.matcher(parsed.serialize());
      while (m.find()) {
        if (!declared.contains(m.group(1))) {
          unknown.add("queries/" + q.name() + ".rq uses undeclared dg:" + m.group(1));
        }
      }
    }
    assertThat(unknown).isEmpty();
  }
}

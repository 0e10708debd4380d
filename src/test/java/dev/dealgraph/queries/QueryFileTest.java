package dev.dealgraph.queries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dealgraph.DealGraphException;
import dev.dealgraph.queries.NamedQuery.ParamType;
import org.junit.jupiter.api.Test;

class QueryFileTest {

  @Test
  void readsTitleDescriptionLinesAndParameters() {
    NamedQuery q = QueryFile.parse("q", """
        #+ title: Rounds of a company
        #+ description: First line,
        #+ description: second line.
        # An ordinary comment is ignored.
        #+ param: company iri required -- The company.
        #+ param: name string default="Google DeepMind" -- A name with spaces.
        #+ param: minimum decimal min=0 max=1e12 -- Smallest total.
        SELECT * WHERE { ?company ?name ?minimum }
        #+ title: ignored, the header has ended
        """);
    assertThat(q.title()).isEqualTo("Rounds of a company");
    assertThat(q.description()).isEqualTo("First line, second line.");
    assertThat(q.params()).extracting(NamedQuery.Param::name).containsExactly("company", "name", "minimum");
    assertThat(q.param("name").orElseThrow().defaultValue()).contains("Google DeepMind");
    assertThat(q.param("minimum").orElseThrow().type()).isEqualTo(ParamType.DECIMAL);
    assertThat(q.param("company").orElseThrow().description()).isEqualTo("The company.");
  }

  @Test
  void namesTheFileAndLineOfAnUnknownKey() {
    assertBad("#+ title: T\n#+ titel: U\n", "queries/q.rq line 2: unknown header key 'titel' (known: title, description, param)");
  }

  @Test
  void requiresATitleAndADescription() {
    assertBad("#+ description: D\nSELECT * {}", "queries/q.rq: a '#+ title:' line is required");
    assertBad("#+ title: T\nSELECT * {}", "queries/q.rq: a '#+ description:' line is required");
  }

  @Test
  void rejectsBadParameterDeclarations() {
    assertBad("#+ title: T\n#+ param: x colour -- y\n",
        "queries/q.rq line 2: unknown parameter type 'colour' (known: iri, string, integer, decimal, date, status)");
    assertBad("#+ title: T\n#+ param: x iri required default=/id/org/a\n",
        "queries/q.rq line 2: parameter 'x' cannot be both required and defaulted");
    assertBad("#+ title: T\n#+ param: x date min=1\n",
        "queries/q.rq line 2: min= and max= apply to integer and decimal parameters only: x");
    assertBad("#+ title: T\n#+ param: x iri\n#+ param: x date\n", "queries/q.rq line 3: parameter 'x' is declared twice");
    assertBad("#+ title: T\n#+ param: limit string\n",
        "queries/q.rq line 2: parameter 'limit' sets the LIMIT and must be an integer");
    assertBad("#+ title: T\n#+ param: x iri optional\n",
        "queries/q.rq line 2: unknown parameter option 'optional' (known: required, default=, min=, max=)");
  }

  private static void assertBad(String text, String message) {
    assertThatThrownBy(() -> QueryFile.parse("q", text))
        .isInstanceOf(DealGraphException.class)
        .hasMessage(message);
  }
}

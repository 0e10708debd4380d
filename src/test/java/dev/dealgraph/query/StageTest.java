package dev.dealgraph.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dealgraph.ontology.DG;
import dev.dealgraph.ontology.Ontology;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;

class StageTest {
  @Test
  void stagesMatchTheOntologysStatusCodesAndOrder() {
    Model ontology = Ontology.standard().model();
    List<String> mismatches = new ArrayList<>();
    for (Stage stage : Stage.values()) {
      Resource concept = ontology.getResource(DG.NS + stage.code());
      if (!concept.hasProperty(SKOS.notation, stage.code())) {
        mismatches.add(stage + ": no status with notation " + stage.code());
      } else if (concept.getProperty(DG.stageOrder).getInt() != stage.order()) {
        mismatches.add(stage + ": order " + stage.order() + " but dg:stageOrder "
            + concept.getProperty(DG.stageOrder).getInt());
      }
    }
    long statuses = ontology.listSubjectsWithProperty(SKOS.inScheme, DG.statusScheme).toList().size();
    if (statuses != Stage.values().length) {
      mismatches.add("the ontology has " + statuses + " statuses, Stage " + Stage.values().length);
    }
    assertThat(mismatches).isEmpty();
  }

  @Test
  void dealsQueryRanksStatusesAsStageDoes() throws IOException {
    String query;
    try (InputStream in = StageTest.class.getResourceAsStream("/dealgraph/query/deals.rq")) {
      query = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<String> table = new ArrayList<>();
    Matcher m = Pattern.compile("\\(dg:(\\w+) (\\d+)\\)").matcher(query);
    while (m.find()) {
      table.add(m.group(1) + " " + m.group(2));
    }
    List<String> expected = new ArrayList<>();
    for (Stage s : Stage.values()) {
      expected.add(s.code() + " " + s.order());
    }
    assertThat(table).isEqualTo(expected);
  }
}

package dev.dealgraph.cli;

import dev.dealgraph.DealGraphException;
import dev.dealgraph.store.Store;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.resultset.ResultSetWriterRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Runs one SPARQL query against the store and prints its results. */
@Command(name = "query", mixinStandardHelpOptions = true,
    description = "Run a SPARQL query against the store (the server must not be running on the same store).")
final class QueryCommand implements Callable<Integer> {
  @Mixin StoreOption store;
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "QUERY", description = "The query text, or @FILE to read it from a file.")
  String query;

  @Option(names = "--format", defaultValue = "text",
      description = "Result format: text, json, csv, tsv, xml (SELECT/ASK); turtle, ntriples, jsonld (CONSTRUCT).")
  String format;

  @Override
  public Integer call() throws IOException {
    Query parsed = parse(query.startsWith("@") ? Files.readString(Path.of(query.substring(1))) : query);
    OutputStream out = System.out;
    try (Store opened = Store.open(store.directory)) {
      opened.read(() -> {
        try (QueryExecution exec = QueryExecution.dataset(org.apache.jena.query.DatasetFactory.wrap(opened.dataset())).query(parsed).build()) {
          if (parsed.isSelectType()) {
            write(out, exec.execSelect());
          } else if (parsed.isAskType()) {
            spec.commandLine().getOut().println(exec.execAsk());
          } else {
            var model = parsed.isConstructType() ? exec.execConstruct() : exec.execDescribe();
            RDFDataMgr.write(out, model, graphLang());
          }
        }
        return null;
      });
    }
    out.flush();
    return 0;
  }

  private static Query parse(String text) {
    try {
      return QueryFactory.create(text);
    } catch (QueryParseException e) {
      throw DealGraphException.badParameter("invalid SPARQL at line " + e.getLine() + ", column " + e.getColumn()
          + ": " + e.getMessage());
    }
  }

  private void write(OutputStream out, org.apache.jena.query.ResultSet results) {
    switch (format) {
      case "text" -> ResultSetFormatter.out(out, results);
      case "json" -> ResultSetWriterRegistry.getFactory(ResultSetLang.RS_JSON).create(ResultSetLang.RS_JSON)
          .write(out, results, null);
      case "csv" -> ResultSetFormatter.outputAsCSV(out, results);
      case "tsv" -> ResultSetFormatter.outputAsTSV(out, results);
      case "xml" -> ResultSetFormatter.outputAsXML(out, results);
      default -> throw DealGraphException.badParameter("--format for SELECT must be text, json, csv, tsv or xml: "
          + format);
    }
  }

  private Lang graphLang() {
    Lang lang = RDFLanguages.shortnameToLang(format.equals("text") ? "turtle" : format);
    if (lang == null) {
      throw DealGraphException.badParameter("--format for CONSTRUCT must be turtle, ntriples or jsonld: " + format);
    }
    return lang;
  }
}

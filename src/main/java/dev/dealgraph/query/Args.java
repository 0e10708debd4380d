package dev.dealgraph.query;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;

/**
 * Collects the values bound into a query's variables.
 *
 * <p>An optional filter value comes with a flag: {@code ?noMin} is true when {@code ?minAmount} is absent, and the
 * query reads {@code FILTER(?noMin || ?magnitude >= ?minAmount)}, so one fixed query text serves every combination
 * of filters.
 */
final class Args {
  private final BindingBuilder builder = BindingBuilder.create();

  private Args() {}

  static Args of() {
    return new Args();
  }

  static Args none() {
    return new Args();
  }

  Args node(String var, Node value) {
    builder.add(Var.alloc(var), value);
    return this;
  }

  Args iri(String var, String iri) {
    return node(var, NodeFactory.createURI(iri));
  }

  /** Binds the IRI when present; an absent one leaves the variable free to match anything. */
  Args iri(String var, Optional<String> iri) {
    iri.ifPresent(i -> iri(var, i));
    return this;
  }

  Args string(String var, String value) {
    return node(var, NodeFactory.createLiteralString(value));
  }

  Args bool(String var, boolean value) {
    return node(var, NodeFactory.createLiteralDT(Boolean.toString(value), XSDDatatype.XSDboolean));
  }

  /** Binds {@code flag} to whether the value is absent and, when present, {@code var} to the value. */
  Args optionalString(String var, String flag, Optional<String> value) {
    bool(flag, value.isEmpty());
    value.ifPresent(v -> string(var, v));
    return this;
  }

  Args optionalDecimal(String var, String flag, Optional<BigDecimal> value) {
    bool(flag, value.isEmpty());
    value.ifPresent(v -> node(var, NodeFactory.createLiteralDT(v.toPlainString(), XSDDatatype.XSDdecimal)));
    return this;
  }

  Args optionalDate(String var, String flag, Optional<LocalDate> value) {
    bool(flag, value.isEmpty());
    value.ifPresent(v -> node(var, NodeFactory.createLiteralDT(v.toString(), XSDDatatype.XSDdate)));
    return this;
  }

  Binding binding() {
    return builder.build();
  }
}

package dev.dealgraph.web;

import dev.dealgraph.DealGraphException;
import dev.dealgraph.http.MediaRanges;
import dev.dealgraph.store.Store;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;

/**
 * Dereferences DealGraph's IRIs at the same paths on this server ({@code /id/{type}/{key}}, {@code /ontology}).
 *
 * <p>Content negotiation is direct, never a 303: the IRI answers {@code 200} with the representation the
 * {@code Accept} header prefers (an HTML page, or the resource's description in Turtle, JSON-LD, N-Triples or
 * RDF/XML) and {@code Vary: Accept}. An unknown resource is a {@code 404}: problem details, or the page for
 * browsers, whose script shows the problem; an {@code Accept} that admits none of these is a {@code 406}.
 */
public final class LinkedDataController {
  /** The root of every IRI DealGraph mints for resources. */
  static final String ID = "https://dealgraph.dev/id/";
  private static final Pattern SEGMENT = Pattern.compile("[a-z]+");
  private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._~-]+");

  private final ResourceDescriptions descriptions;
  private final Pages pages = new Pages();

  public LinkedDataController(Store store) {
    this.descriptions = new ResourceDescriptions(store);
  }

  /** Answers {@code GET /id/{type}/{key}} with the page or the description of the resource. */
  public void resource(Context ctx) {
    String segment = ctx.pathParam("type");
    String key = ctx.pathParam("key");
    Representation wanted = negotiate(ctx);
    String iri = ID + segment + "/" + key;
    boolean wellFormed = SEGMENT.matcher(segment).matches() && KEY.matcher(key).matches();
    if (wanted == Representation.HTML) {
      page(ctx, pages.forSegment(segment), wellFormed && descriptions.exists(iri));
      return;
    }
    if (!wellFormed) {
      throw DealGraphException.notFound("not a DealGraph resource path: " + ctx.path());
    }
    Graph description = descriptions.describe(iri)
        .orElseThrow(() -> DealGraphException.notFound("no resource " + iri + " in the store"));
    data(ctx, wanted, description);
  }

  /** Answers {@code GET /ontology} with the ontology page or the ontology in an RDF syntax. */
  public void ontology(Context ctx) {
    Representation wanted = negotiate(ctx);
    if (wanted == Representation.HTML) {
      page(ctx, pages.named("ontology"), true);
    } else {
      data(ctx, wanted, descriptions.ontology());
    }
  }

  private static Representation negotiate(Context ctx) {
    ctx.header("Vary", "Accept");
    String accept = ctx.header("Accept");
    return MediaRanges.best(accept, Representation.mediaTypes())
        .map(Representation::of)
        .orElseThrow(() -> new DealGraphException(DealGraphException.Kind.NOT_ACCEPTABLE,
            "Accept must admit one of " + String.join(", ", Representation.mediaTypes()) + " for "
                + ctx.path() + ": " + accept));
  }

  private static void page(Context ctx, byte[] html, boolean found) {
    ctx.status(found ? 200 : 404).contentType("text/html; charset=utf-8").result(html);
  }

  private static void data(Context ctx, Representation wanted, Graph graph) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RDFDataMgr.write(out, graph, wanted.format().orElseThrow());
    ctx.contentType(wanted.mediaType() + "; charset=utf-8").result(out.toByteArray());
  }
}

package dev.dealgraph.query;

import java.util.List;
import java.util.Optional;

/**
 * Holds a network ready for a graph view: organizations and people as nodes, deals and rivalries as edges.
 *
 * @param nodes     every organization or person an edge touches, and the focus
 * @param edges     investment edges from investor to investee, and competition edges
 * @param truncated true when more edges matched than the limit allowed
 */
public record GraphView(List<Node> nodes, List<Edge> edges, boolean truncated) {
  public GraphView {
    nodes = List.copyOf(nodes);
    edges = List.copyOf(edges);
  }

  /**
   * Describes a node.
   *
   * @param id    the organization's id
   * @param label its name
   * @param kind  what sort of actor it is
   * @param href  the API path of its resource
   */
  public record Node(String id, String label, String kind, String href) {}

  /**
   * Describes an edge.
   *
   * @param id         unique within the view
   * @param kind       investment or competition
   * @param source     the investor's id, or one rival's
   * @param target     the investee's id, or the other rival's
   * @param amount     the deal's amount
   * @param status     the deal's status
   * @param investment the deal's id
   */
  public record Edge(String id, String kind, String source, String target, Optional<Money> amount,
      Optional<String> status, Optional<String> investment) {}
}

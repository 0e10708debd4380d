package dev.dealgraph.query;

/** Builds the API paths that records link to, in one place. */
final class Links {
  static final String API = "/api/";

  private Links() {}

  static String organization(String id) {
    return API + "organizations/" + id;
  }

  static String investment(String id) {
    return API + "investments/" + id;
  }

  static String round(String id) {
    return API + "rounds/" + id;
  }

  static String article(String id) {
    return API + "articles/" + id;
  }
}

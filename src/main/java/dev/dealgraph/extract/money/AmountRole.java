package dev.dealgraph.extract.money;

/** Names what an amount in a sentence is, read from the words around it. */
public enum AmountRole {
  /** Money put into an organization, or no other role recognised. */
  INVESTMENT,
  /** The value put on a company. */
  VALUATION,
  /** The total of a funding round. */
  ROUND,
  /** A stock price or a change in it. */
  PRICE,
  /** Market capitalisation. */
  MARKETCAP,
  /** Capital expenditure. */
  CAPEX,
  /** Revenue or sales. */
  REVENUE,
  /** A commercial, cloud or chip contract. */
  CONTRACT,
  /** Spending on data centres, campuses or plants. */
  SPENDING;

  /** Returns true when an amount of this role can be what an investor put in. */
  public boolean investable() {
    return this == INVESTMENT || this == ROUND;
  }
}

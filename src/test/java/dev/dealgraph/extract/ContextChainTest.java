package dev.dealgraph.extract;

import static dev.dealgraph.extract.Fixtures.extract;
import static dev.dealgraph.extract.Fixtures.pairs;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Statements that leave their company to the context find it through the deals completed before them. */
class ContextChainTest {

  @Test
  void givesALaterSumTheCompanyOfADealCompletedFromContext() {
    Extraction e = extract("Over one summer, Vandelay Labs sold minority stakes to two cloud giants, raising money fast.",
        "Hooli went first.",
        "It agreed to invest $400 million for a 10 per cent stake in Vandelay Labs.",
        "The agreement gave Hooli a foothold in warehouse robots.",
        "## Initech follows",
        "Weeks later, the founder announced that Initech would invest $250 million for a 6 per cent stake.");
    assertThat(e.investments()).filteredOn(i -> i.investor().name().equals("Initech"))
        .extracting(i -> i.investee().name() + " " + i.amount().map(Amount::text).orElse(""))
        .containsExactly("Vandelay Labs $250 million");
  }

  @Test
  void givesStakeBuyersListedAfterIncludingTheCompanyOfTheDealBefore() {
    Extraction e = extract("Initech invested $300 million in Vandelay Labs for a 7 per cent stake.",
        "In the same months, funds including Tessier Capital, Northwind Fund and Norway's Kasumi Group also bought"
            + " stakes.");
    assertThat(pairs(e)).containsExactlyInAnyOrder("Initech -> Vandelay Labs", "Tessier Capital -> Vandelay Labs",
        "Northwind Fund -> Vandelay Labs", "Kasumi Group -> Vandelay Labs");
  }

  @Test
  void neverMakesTheCompanyThatRaisedAnInvestorWhenOthersParticipateWithIt() {
    Extraction e = extract("Hooli said it would put $2 billion into Vandelay Labs.",
        "Quanta AI took a quieter path.",
        "In 2023 it raised $41 million in a Series A led by Tessier Capital, with Northwind Fund and Kasumi Group"
            + " participating.");
    assertThat(pairs(e)).containsExactlyInAnyOrder("Hooli -> Vandelay Labs", "Tessier Capital -> Quanta AI",
        "Northwind Fund -> Quanta AI", "Kasumi Group -> Quanta AI");
  }

  @Test
  void readsThePossessorOfRoundsAsTheCompanyThatRaisedMoney() {
    Extraction e = extract("Tessier Capital invested $30 million in Quanta AI in 2022.",
        "The startup's list of backers has grown quickly.",
        "Hooli took a small stake in early 2024 through a $10 million investment, and Northwind Fund has joined"
            + " several of its rounds.");
    assertThat(pairs(e)).containsExactlyInAnyOrder("Tessier Capital -> Quanta AI", "Hooli -> Quanta AI",
        "Northwind Fund -> Quanta AI");
  }

  @Test
  void keepsAPronounSubjectOfRaisedOnTheCompanyItsSalienceGives() {
    Extraction e = extract("Tessier Capital invested $30 million in Quanta AI in 2022.",
        "Vandelay Labs, the Oslo robot maker, took a quieter path.",
        "In 2023 it raised $41 million in a Series A led by Northwind Fund.");
    assertThat(pairs(e)).containsExactlyInAnyOrder("Tessier Capital -> Quanta AI", "Northwind Fund -> Vandelay Labs");
  }

  @Test
  void readsAPronounObjectOfABackingVerbAsTheCompanyThatReceivedMoney() {
    Extraction e = extract("Hooli is not the only company to invest in Quanta AI: Tessier Capital and Globex also"
        + " backed it.");
    assertThat(pairs(e)).containsExactlyInAnyOrder("Hooli -> Quanta AI", "Tessier Capital -> Quanta AI",
        "Globex -> Quanta AI");
    assertThat(e.competitors()).isEmpty();
  }

  @Test
  void givesAnInvestorsLaterPledgeTheCompanyOfItsOwnEarlierDeal() {
    Extraction e = extract("Quanta AI said on Tuesday it had raised $4 million in seed funding.",
        "The round was led by Tessier Capital, with participation from Orrin Ventures.",
        "The company has eleven paying customers.", "It plans to hire engineers in Tallinn.",
        "It also wants an office in Berlin.",
        "Tessier Capital has said it plans to put $5-8m into a Series A next year.");
    assertThat(e.investments()).filteredOn(i -> i.amount().isPresent())
        .extracting(i -> i.investor().name() + " -> " + i.investee().name() + " " + i.status())
        .containsExactly("Tessier Capital -> Quanta AI ANNOUNCED");
  }
}

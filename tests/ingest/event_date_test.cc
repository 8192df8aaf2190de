// Dates of an act told again after the lead: a date of death, a verb of occurring, the date of
// each of two coordinated acts, and none from an approval of the act.
#include <doctest/doctest.h>

#include "tests/ingest/event_helpers.h"

namespace cg::ingest {
namespace {

TEST_CASE("an act told in the lead takes the date a later sentence gives it") {
  const ArticleGraph g = ExtractFile("acts_dated_later.md");
  // "killed X ..., the army said on Saturday. X died late Thursday": the date of his death.
  ExpectDate(g, "killing of Rogelio Garza Cantu", "2011-09-22");
  // "The arrest took place early Friday": the act told again, with a verb of occurring.
  ExpectDate(g, "arrest of Hector Villa Salas", "2011-09-23");
}

TEST_CASE("an attack a headline and lead tell with the report's date takes the next sentence's date") {
  const ArticleGraph g = ExtractFile("attacks_dated_after_lead.md");
  // "ambushed an army patrol, killing nine soldiers, the defense ministry said on Tuesday. The
  // attackers opened fire late on Sunday": Sunday's, not the metadata line's nor the report's.
  ExpectDate(g, "killing of nine soldiers", "2014-06-08");
  // "was shot dead over the weekend, prosecutors announced on Tuesday": the weekend's month.
  ExpectDate(g, "killing of Ramiro Solís Quintana", "2014-06");
}

TEST_CASE("a raid a force had carried out is the force's, dated") {
  // "The Mexican Navy had raided the property in January": the raid, with no one named as its target.
  const ArticleGraph g = ExtractFile("raid_by_force_perfect.md");
  ExpectDate(g, "raid", "2016-01");
}

TEST_CASE("two coordinated acts of one person keep their own dates") {
  const ArticleGraph g = ExtractFile("acts_dated_later.md");
  // "was detained in Texas in March 2009 and extradited to Mexico in June 2010".
  ExpectDate(g, "arrest of Jorge Villa Salas", "2009-03");
  ExpectDate(g, "extradition of Jorge Villa Salas", "2010-06");
  // "In an operation this year, agents and police arrested ...": a coordinator joining nouns
  // leaves the date to the act.
  const ArticleGraph h = ExtractText(
      "In an operation this year, federal agents and the El Paso Police Department arrested Luis Mendez Ortiz, "
      "a suspected member of the Barrio Azteca gang.",
      Date{2009, 3, 12});
  ExpectDate(h, "arrest of Luis Mendez Ortiz", "2009");
}

TEST_CASE("an approval's date is not the date of the act approved") {
  // "extradited X on Thursday ... A federal judge authorized his extradition in February 2017": one
  // extradition, Thursday's.
  const ArticleGraph g = ExtractFile("event_approved_extradition_undated.md");
  ExpectOneDated(g, "extradition of", Date{2018, 11, 15});
  // "X's extradition was approved by a federal court in 2013": the act as the passive's subject.
  const ArticleGraph h = ExtractText(
      "Mexico extradited Rodrigo Vela Ortiz to the United States on Friday, officials said. Vela Ortiz's extradition "
      "was approved by a federal court in 2013 but was delayed by appeals.",
      Date{2016, 5, 14});
  ExpectOneDated(h, "extradition of", Date{2016, 5, 13});
}

TEST_CASE("an act another 'came a month after' is dated back from that one") {
  const ArticleGraph g = ExtractText(
      "Mexican soldiers captured Gulf cartel commander Rafael Cano Ibarra in Reynosa on Saturday, the army said. "
      "The arrest comes a month after marines captured Zetas leader Samuel Ortiz Lara near Nuevo Laredo.\n\n"
      "In Michoacan, gunmen killed the mayor of Tacambaro, Elias Rojas Medina, on Sunday. His killing came three "
      "days after police arrested Arturo Flores Vidal, a suspected Knights Templar cell leader.",
      Date{2013, 8, 19});
  ExpectDate(g, "arrest of Rafael Cano Ibarra", "2013-08-17");
  ExpectDate(g, "arrest of Samuel Ortiz Lara", "2013-07");     // a month before, to the month
  ExpectDate(g, "arrest of Arturo Flores Vidal", "2013-08-15");  // an exact count of days: the day
}

TEST_CASE("a period's bound a 'when' clause tells is the date of that clause's act") {
  // "had been held since March 2012, when marines arrested him": the arrest's month.
  const ArticleGraph g = ExtractText(
      "Mexico on Tuesday extradited Julio Marroquín Salas to Texas, the attorney general's office said. Marroquín, "
      "52, had been held in a prison in Jalisco since March 2012, when marines arrested him in Manzanillo.",
      Date{2016, 8, 10});
  ExpectDate(g, "arrest of Julio Marroquín Salas", "2012-03");
  // "have fought each other since June 2014, when gunmen killed X": the killing's month.
  const ArticleGraph h = ExtractText(
      "The two factions of the Gulf cartel have fought each other in Reynosa since June 2014, when gunmen killed "
      "Aurelio Medina Soto, a regional boss, outside a restaurant.",
      Date{2015, 2, 3});
  ExpectDate(h, "killing of Aurelio Medina Soto", "2014-06");
}

}  // namespace

}  // namespace cg::ingest

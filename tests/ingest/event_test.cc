// Events read from their structure: one event per person named apart, later
// mentions ("his capture") of the same event, dates resolved against the
// article's date (none when it is undated) and only agents of the event noun.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "ingest/extract.h"
#include "tests/ingest/event_helpers.h"

namespace cg::ingest {
namespace {

TEST_CASE("a list after \"including\" and persons coordinated across appositions are one event each") {
  const ArticleGraph g = ExtractFile("event_lists.md");
  for (const char* name : {"arrest of Teodoro Villarreal Ruiz", "arrest of Anselmo Rendón Garza",
                           "arrest of Gilberto Sáenz Luna", "arrest of Marisol Ibarra Fuentes"}) {
    CAPTURE(name);
    const LocalEntity* e = Event(g, name);
    REQUIRE(e);
    CHECK(e->refining == "Arrest");
  }
  // "Since 2022" bounds a period: it dates none of the arrests.
  CHECK_FALSE(Event(g, "arrest of Teodoro Villarreal Ruiz")->date);
  CHECK(Has(g, "PARTICIPATED_IN Department of Justice -> arrest of Anselmo Rendón Garza {conductor}"));
}

TEST_CASE("sanctions on unnamed targets \"that are linked to\" a group target the group, which is not designated") {
  const ArticleGraph g = ExtractFile("event_lists.md");
  // Named as the text says it, never "sanctions of Gulf Cartel" (a designation of the group itself).
  const std::string name = "sanctions of 12 targets — nine individuals and three companies — that are linked to the Gulf Cartel";
  CHECK(Has(g, "PARTICIPATED_IN Gulf Cartel -> " + name + " {target}"));
  CHECK(Has(g, "PARTICIPATED_IN Treasury Department -> " + name + " {conductor}"));
  for (const std::string& line : DescribeRelations(g)) CHECK(line.rfind("DESIGNATED", 0) == std::string::npos);
  for (const LocalEntity* e : Events(g)) CHECK(std::find(e->aliases.begin(), e->aliases.end(), "sanctions of Gulf Cartel") == e->aliases.end());
  ExpectDate(g, name, "2024-08-13");
}

TEST_CASE("the person after the place an extradition sends him to is its target, dated \"in May\"") {
  const ArticleGraph g = ExtractFile("event_lists.md");
  ExpectDate(g, "extradition of Rafael Maldonado", "2024-05");
  // "a veteran smuggler wanted in Arizona" describes him, not where the extradition happened.
  for (const std::string& line : DescribeRelations(g)) CHECK(line.find("Arizona") == std::string::npos);
}

TEST_CASE("\"his capture\" and \"X's arrest\" are the arrest already reported; a confirming office is no agent") {
  const ArticleGraph g = ExtractFile("event_coreference.md");
  int arrests = 0;
  for (const LocalEntity* e : Events(g)) arrests += e->refining == "Arrest";
  CHECK(arrests == 3);  // Castañeda's (three mentions), Cárdenas's and Reyes's
  // "the arrest of the group's chief accountant, X, in Hermosillo": X is the target, the place its own.
  CHECK(Has(g, "PARTICIPATED_IN Jacinto Reyes Mora -> arrest of Jacinto Reyes Mora {target}"));
  CHECK(Has(g, "OCCURRED_IN arrest of Jacinto Reyes Mora -> Hermosillo"));
  // "the arrest last month of the Los Zetas regional boss, X": another arrest, its own date, no place
  // from the verb after it.
  ExpectDate(g, "arrest of Mario Cárdenas Tovar", "2021-02");
  ExpectDate(g, "arrest of Leobardo Castañeda Urías", "2021-03");  // "last week", written on 2021-03-18
  ExpectDate(g, "killing of Isauro Peña Valdez", "2021-03-14");  // "on Sunday"
  for (const std::string& line : DescribeRelations(g)) {
    CHECK(line.find("Attorney General") == std::string::npos);
    CHECK(line.find("Government of Mexico") == std::string::npos);  // "HERMOSILLO, Mexico --" is a dateline
    CHECK(line.find("OCCURRED_IN arrest of Mario") == std::string::npos);
  }
}

TEST_CASE("a dated killing of a count of unnamed victims keeps its perpetrator and place") {
  const ArticleGraph g = ExtractFile("event_coreference.md");
  CHECK(Has(g, "PARTICIPATED_IN Gulf Cartel -> killing of four soldiers {perpetrator}"));
  CHECK(Has(g, "OCCURRED_IN killing of four soldiers -> Culiacán"));
  ExpectDate(g, "killing of four soldiers", "2021-03-02");
}

TEST_CASE("a date of a relative clause about someone else, or after a report's venue, dates no act") {
  // "who took office on Oct. 1": another's date; "said at a news conference on Monday": the report's.
  for (const char* second : {"Governor Alfredo Ramírez, who took office on Oct. 1, said the killing of Ortega would not go unpunished.\n",
                             "The state prosecutor said at a news conference on Monday that the killing of Ortega was planned.\n"}) {
    CAPTURE(second);
    const ArticleGraph g = ExtractText(
        std::string("Gunmen killed Raúl Ortega Vidal, the police chief of Uruapan, on Saturday.\n\n") + second,
        Date{2022, 10, 11});
    ExpectOneDated(g, "Ortega", Date{2022, 10, 8});
  }
}

TEST_CASE("a year a sentence opens with is the year of a day told later in it, and that day dates the act") {
  const Date day{2023, 3, 8};
  ExpectDate(ExtractText("In 2019, gunmen killed Adrián Soto Ruiz in Sonora on Nov. 4.\n", day),
             "killing of Adrián Soto Ruiz", "2019-11-04");
  ExpectDate(ExtractText("Last year, police arrested Juan Gerardo Treviño in Nuevo Laredo on March 13.\n", day),
             "arrest of Juan Gerardo Treviño", "2022-03-13");
  // A year not fronted leaves the day to the article's year.
  ExpectDate(ExtractText("Marines detained Luis Mora Gil, who was charged in 2016, in Tijuana on Jan. 19.\n", day),
             "arrest of Luis Mora Gil", "2023-01-19");
}

TEST_CASE("a date after a long apposition dates the event when no other event lies between") {
  const ArticleGraph g = ExtractText(
      "Marines captured Rafael Maldonado Ortega, a veteran smuggler for the Gulf Cartel who ran its routes "
      "along the border, in Matamoros on Tuesday.\n\n"
      "Soldiers arrested Lucio Paredes Gil, who had been killed off in rumors for years, in Reynosa on Friday.\n",
      Date{2019, 5, 16});
  ExpectDate(g, "arrest of Rafael Maldonado Ortega", "2019-05-14");
  // Another event word ("killed") between the trigger and the far date: only a near date counts.
  const LocalEntity* second = Event(g, "arrest of Lucio Paredes Gil");
  REQUIRE(second);
  CHECK_FALSE(second->date);
}

TEST_CASE("an arrest \"in an operation\" is one event; a town with a given name before \", <state>\" is a place") {
  const ArticleGraph g = ExtractFile("event_operations.md");
  const LocalEntity* arrest = Event(g, "arrest of Arnulfo Zepeda Inzunza");
  REQUIRE(arrest);
  CHECK(arrest->refining == "Arrest");
  ExpectDate(g, "arrest of Arnulfo Zepeda Inzunza", "2022-11-03");
  for (const LocalEntity* e : Events(g)) CHECK(e->name.find("operation of") == std::string::npos);
  CHECK(Has(g, "OCCURRED_IN arrest of Arnulfo Zepeda Inzunza -> Jesús María"));
  CHECK(Has(g, "LOCATED_IN Jesús María -> Sinaloa"));
  // Named as researchers write it, too: "raid in Los Mochis" and "Los Mochis raid".
  const LocalEntity* raid = Event(g, "raid of Eleazar Montoya Vega");
  REQUIRE(raid);
  for (const char* alias : {"raid in Los Mochis", "Los Mochis raid", "killing of Eleazar Montoya Vega"}) {
    CAPTURE(alias);
    CHECK(std::find(raid->aliases.begin(), raid->aliases.end(), alias) != raid->aliases.end());
  }
}

TEST_CASE("an extradition reported first without a name is the one later named, with its agent and day") {
  const ArticleGraph g = ExtractFile("event_unnamed_first.md");
  int extraditions = 0;
  for (const LocalEntity* e : Events(g)) extraditions += e->refining == "Extradition";
  CHECK(extraditions == 1);
  ExpectDate(g, "extradition of Ramón Aguilar Beltrán", "2024-03-14");  // "on Thursday", written on 2024-03-15
  CHECK(Has(g, "PARTICIPATED_IN Government of Mexico -> extradition of Ramón Aguilar Beltrán {conductor}"));
}

TEST_CASE("who announced or carried out the act is its conductor; \"the capture of Y\" is Y's own") {
  const ArticleGraph lists = ExtractFile("event_lists.md");
  CHECK(Has(lists, "PARTICIPATED_IN Office of Foreign Assets Control -> designation of 14 targets {conductor}"));
  const ArticleGraph ops = ExtractFile("event_operations.md");
  CHECK(Has(ops, "PARTICIPATED_IN Mexican Navy -> arrest of Ignacio Beltrán Solís {conductor}"));
  CHECK_FALSE(Has(ops, "PARTICIPATED_IN Ignacio Beltrán Solís -> arrest of Arnulfo Zepeda Inzunza {target}"));
}

TEST_CASE("passives: the people who did it name their group; coordinated participles; a title before the name") {
  const ArticleGraph g = ExtractFile("event_passives.md");
  ExpectHas(g, {"PARTICIPATED_IN Gulf Cartel -> killing of Marcela Ibarra Ponce {perpetrator}",
                "PARTICIPATED_IN Marcela Ibarra Ponce -> killing of Marcela Ibarra Ponce {victim}",
                "PARTICIPATED_IN Ernesto Villa Ruiz -> killing of Ernesto Villa Ruiz {victim}",
                "PARTICIPATED_IN Los Zetas -> killing of Ernesto Villa Ruiz {perpetrator}",
                "PARTICIPATED_IN Drug Enforcement Administration -> arrest of Rubén Lara Ortiz {conductor}",
                "OCCURRED_IN arrest of Rubén Lara Ortiz -> Houston"});
  // "Several suspects were detained by soldiers of the Mexican Army": nobody named, no event.
  for (const std::string& line : DescribeRelations(g)) CHECK(line.find("Mexican military") == std::string::npos);
}

TEST_CASE("an undated article gives its events no date for a month written alone") {
  const ArticleGraph g = ExtractText("In May, Mexico extradited Rafael Maldonado to the United States.\n");
  const LocalEntity* e = Event(g, "extradition of Rafael Maldonado");
  REQUIRE(e);
  CHECK_FALSE(e->date);
}

TEST_CASE("a place alone makes an event only when a noun names it, not a participle of unnamed people") {
  const ArticleGraph plural = ExtractText(
      "More people died in the state last year than the soldiers killed in the wars in Iraq and Afghanistan.\n\n"
      "The fighting between the factions has killed hundreds of people in Sinaloa.\n");
  for (const std::string& line : DescribeRelations(plural)) CHECK(line.rfind("OCCURRED_IN", 0) == std::string::npos);
  CHECK(Events(plural).empty());
  const ArticleGraph noun = ExtractText("The killing in Culiacán on Monday shocked the city.\n");
  CHECK(Has(noun, "OCCURRED_IN killing in Culiacán -> Culiacán"));
}

TEST_CASE("a designation named in the sentence names the event (\"FTO designation of X\")") {
  const ArticleGraph g = ExtractText(
      "The State Department on Tuesday designated the Cártel del Noreste as a Foreign Terrorist Organization.\n",
      Date{2025, 2, 21});
  const std::vector<const LocalEntity*> events = Events(g);
  REQUIRE(events.size() == 1);
  const auto& aliases = events[0]->aliases;
  for (const char* name : {"FTO designation of Cartel del Noreste",
                           "designation of Cartel del Noreste as a Foreign Terrorist Organization"}) {
    CAPTURE(name);
    CHECK(std::find(aliases.begin(), aliases.end(), name) != aliases.end());
  }
}

// The designation of each DESIGNATED relation to `target`: the property, or "(none)".
std::vector<std::string> DesignationsOf(const ArticleGraph& g, const std::string& target) {
  std::vector<std::string> out;
  for (const LocalRelation& r : g.relations) {
    const LocalEntity& to = g.entities[g.Root(r.to)];
    if (r.type != "DESIGNATED" || to.name != target) continue;
    auto it = r.props.find("designation");
    out.push_back(it == r.props.end() ? "(none)" : it->second.as_string());
  }
  return out;
}

TEST_CASE("a designation's name: the one named, what the verb calls its object, \"sanctions\", or none") {
  const ArticleGraph wire = ExtractFile("wire_object_relatives.md");
  // "a drug kingpin": the Kingpin Act's designation by its lexicon name.
  CHECK(DesignationsOf(wire, "Tomás Ibarra Quintero") == std::vector<std::string>{"significant foreign narcotics trafficker"});
  CHECK(DesignationsOf(wire, "Sierra Madre Cartel") == std::vector<std::string>{"Foreign Terrorist Organization"});
  const ArticleGraph g = ExtractText(
      "The Treasury Department blacklisted Mario Salcedo Pineda on Monday.\n\n"
      "The Treasury Department sanctioned Ana Ruiz Soto on Friday.\n\n"
      "The Treasury Department designated Rosa Vega Luna a money laundering threat on Tuesday.\n",
      Date{2024, 6, 20});
  CHECK(DesignationsOf(g, "Mario Salcedo Pineda") == std::vector<std::string>{"(none)"});
  CHECK(DesignationsOf(g, "Ana Ruiz Soto") == std::vector<std::string>{"sanctions"});
  CHECK(DesignationsOf(g, "Rosa Vega Luna") == std::vector<std::string>{"money laundering threat"});
}

TEST_CASE("an act on two or three is also named after all of them (\"arrest of A and B\")") {
  const ArticleGraph g = ExtractText(
      "Federal agents arrested Wen Li and Marco Ruiz Tapia in New York on Tuesday.\n\n"
      "Treasury sanctioned Los Rojos, Los Tequileros and Guerreros Unidos on Monday.\n",
      Date{2024, 6, 20});
  const LocalEntity* arrest = Event(g, "arrest of Wen Li");
  REQUIRE(arrest);
  for (const char* name : {"arrest of Wen Li and Marco Ruiz Tapia", "arrest of Marco Ruiz Tapia and Wen Li"}) {
    CAPTURE(name);
    CHECK(std::find(arrest->aliases.begin(), arrest->aliases.end(), name) != arrest->aliases.end());
  }
  // An act aimed at something also takes "on", as writers name it: "sanctions on A, B and C".
  bool three = false, on = false;
  for (const LocalEntity* e : Events(g)) {
    three |= std::find(e->aliases.begin(), e->aliases.end(), "sanctions of Los Rojos, Los Tequileros and Guerreros Unidos") !=
             e->aliases.end();
    on |= std::find(e->aliases.begin(), e->aliases.end(), "sanctions on Los Rojos, Los Tequileros and Guerreros Unidos") !=
          e->aliases.end();
  }
  CHECK(three);
  CHECK(on);
}

TEST_CASE("\"those designated include\" names the targets of the designation told before, also named by its designator's acronym") {
  const ArticleGraph g = ExtractText(
      "Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) designated six leaders of "
      "Los Rojos. Those designated include Mario Lagunas Ortiz and Pedro Salgado Ruiz.\n",
      Date{2024, 6, 20});
  const std::vector<const LocalEntity*> events = Events(g);
  REQUIRE(events.size() == 1);
  ExpectHas(g, {"PARTICIPATED_IN Mario Lagunas Ortiz -> designation of six leaders of Los Rojos {target}",
                "PARTICIPATED_IN Pedro Salgado Ruiz -> designation of six leaders of Los Rojos {target}",
                "DESIGNATED Office of Foreign Assets Control -> Mario Lagunas Ortiz"});
  const auto& aliases = events[0]->aliases;
  CHECK(std::find(aliases.begin(), aliases.end(), "OFAC designation of six leaders of Los Rojos") != aliases.end());
}

TEST_CASE("a force named by a bare noun is the body of that name in the country where the act happened") {
  const ArticleGraph wire = ExtractFile("event_forces_wire.md");
  ExpectHas(wire, {"PARTICIPATED_IN Federal Police -> arrest of Octavio Ruelas Barrón {conductor}",  // dateline
                   "PARTICIPATED_IN Mexican military -> arrest of Aurelio Cantú Leyva {conductor}",
                   "PARTICIPATED_IN Mexican Navy -> killing of Ismael Gámez Ochoa {conductor}",  // "by marines"
                   "PARTICIPATED_IN Mexican military -> arrest of Ignacio Meraz Soto {conductor}"});
  const ArticleGraph report = ExtractFile("event_forces_report.md");
  // "the arrest of X by the army in Torreón": the agent and the place both belong to the noun.
  ExpectHas(report, {"PARTICIPATED_IN Mexican military -> arrest of Leonel Zamudio Parra {conductor}",
                     "OCCURRED_IN arrest of Leonel Zamudio Parra -> Torreón",
                     "PARTICIPATED_IN Government of Mexico -> arrest of Rigoberto Alcalá Díaz {conductor}"});
  // Police in a U.S. city, "state police officers", "army officials": no body the lexicon names.
  for (const ArticleGraph* g : {&wire, &report}) {
    for (const std::string& line : DescribeRelations(*g)) {
      CHECK(line.find("Ernesto Villa Ponce {conductor}") == std::string::npos);
      CHECK(line.find("Government of Mexico -> arrest of Ernesto") == std::string::npos);
    }
  }
  // Without a place or dateline in a known country, a bare force names nobody.
  const ArticleGraph bare = ExtractText("Soldiers captured Rafael Maldonado Ortega on Tuesday.\n", Date{2019, 5, 16});
  for (const std::string& line : DescribeRelations(bare)) CHECK(line.find("{conductor}") == std::string::npos);
}

TEST_CASE("a pronoun before any person of its sentence is the first person of the last sentence that named one") {
  const ArticleGraph g = ExtractFile("event_pronoun_topic.md");
  CHECK(Has(g, "PARTICIPATED_IN Anselmo Ruiz Medrano -> arrest of Anselmo Ruiz Medrano {target}"));
  CHECK_FALSE(Has(g, "PARTICIPATED_IN Eliseo Carranza Pardo -> arrest of Eliseo Carranza Pardo {target}"));
}

TEST_CASE("the arrests of a count of a group's members are a tally, no one event; a designation of them is one act") {
  const ArticleGraph g = ExtractText(
      "The arrest of 28 members of the Gulf Cartel this year was hailed by officials.\n\n"
      "The designation of six members of the Gulf Cartel by the Treasury Department came on Tuesday.\n",
      Date{2024, 6, 5});
  for (const std::string& line : DescribeRelations(g)) CHECK(line.find("arrest of 28") == std::string::npos);
  CHECK(Has(g, "PARTICIPATED_IN Gulf Cartel -> designation of six members of the Gulf Cartel {target}"));
}

TEST_CASE("an arrest of a count of a group's members on one occasion is one event with the group as target") {
  const ArticleGraph g = ExtractText(
      "Mexican authorities announced the arrest of 28 members of the Gulf Cartel in Reynosa on Monday.\n",
      Date{2024, 6, 5});
  CHECK(Has(g, "PARTICIPATED_IN Gulf Cartel -> arrest of 28 members of the Gulf Cartel {target}"));
  CHECK(Has(g, "PARTICIPATED_IN Government of Mexico -> arrest of 28 members of the Gulf Cartel {conductor}"));
  // A tally over a period stays none (the test case above): "so far", "since", "over the past".
  const ArticleGraph tally = ExtractText(
      "The arrest of 40 members of the Gulf Cartel so far has not slowed the violence.\n", Date{2024, 6, 5});
  for (const std::string& line : DescribeRelations(tally)) CHECK(line.find("arrest of 40") == std::string::npos);
}

TEST_CASE("sanctions on unnamed targets are also named \"sanctions on ...\" and \"sanctions against ...\"") {
  const ArticleGraph g = ExtractText(
      "The Treasury Department on Tuesday sanctioned six individuals linked to the Gulf Cartel.\n", Date{2024, 6, 5});
  const std::vector<const LocalEntity*> events = Events(g);
  REQUIRE(events.size() == 1);
  const auto& aliases = events[0]->aliases;
  for (const char* name : {"sanctions of six individuals linked to the Gulf Cartel",
                           "sanctions on six individuals linked to the Gulf Cartel",
                           "sanctions against six individuals linked to the Gulf Cartel"}) {
    CAPTURE(name);
    CHECK(std::find(aliases.begin(), aliases.end(), name) != aliases.end());
  }
}

TEST_CASE("a coordinated passive shares its subject; the earliest act done to a leader ends his LEADS") {
  const ArticleGraph g = ExtractText(
      "Gulf Cartel leader Antonio Cárdenas Guillén was killed by marines on Friday.\n\n"
      "His brother, Osiel Cárdenas Guillén, led the Gulf Cartel until his arrest in 2003 and was extradited to "
      "the United States in 2007.\n",
      Date{2010, 11, 6});
  CHECK(Has(g, "RELATIVE_OF Osiel Cárdenas Guillén -> Antonio Cárdenas Guillén {brother}"));
  // "his arrest" is Osiel's (the possessor "His" yields to the brother it names), not Antonio's.
  CHECK(Has(g, "PARTICIPATED_IN Osiel Cárdenas Guillén -> arrest of Osiel Cárdenas Guillén {target}"));
  CHECK(!Has(g, "PARTICIPATED_IN Antonio Cárdenas Guillén -> arrest of Antonio Cárdenas Guillén {target}"));
  CHECK(Has(g, "PARTICIPATED_IN Osiel Cárdenas Guillén -> extradition of Osiel Cárdenas Guillén {target}"));
  bool osiel = false, antonio = false;
  for (const LocalRelation& r : g.relations) {
    if (r.type != "LEADS") continue;
    const std::string who = g.entities[g.Root(r.from)].name;
    if (who == "Osiel Cárdenas Guillén") {
      osiel = r.props.count("until") && r.props.at("until") == Value(Date{2003, 0, 0}) &&
              r.props.at("end_cause") == Value("extradited");
    }
    if (who == "Antonio Cárdenas Guillén") {
      antonio = r.props.count("until") && r.props.at("until") == Value(Date{2010, 11, 5}) &&
                r.props.at("end_cause") == Value("killed");
    }
  }
  CHECK(osiel);
  CHECK(antonio);
}

TEST_CASE("an act that no one underwent names no event, nor renames the one reported") {
  const ArticleGraph g = ExtractText(
      "Mexican soldiers took part in the raid near Culiacán on Tuesday, and no one was killed. "
      "Nobody has been arrested.");
  ExpectHas(g, {"PARTICIPATED_IN Mexican military -> raid in Culiacán {conductor}"});
  for (const LocalEntity* e : Events(g)) {
    CAPTURE(e->name);
    CHECK(e->refining == "Raid");
  }
}

TEST_CASE("a date past another act noun dates that act, not the one before it") {
  const ArticleGraph g = ExtractText(
      "Marines captured Rubén Ochoa Lemus, the leader of the Gulf Cartel, in Tampico on Wednesday.\n\n"
      "Ochoa's capture follows the arrest last year of Iván Mendoza Calleja, a rival commander.\n",
      Date{2012, 9, 14});
  ExpectHas(g, {"PARTICIPATED_IN Iván Mendoza Calleja -> arrest of Iván Mendoza Calleja {target}"});
  bool ended_wednesday = false;
  for (const LocalRelation& r : g.relations) {
    if (r.type != "LEADS" || g.entities[g.Root(r.from)].name != "Rubén Ochoa Lemus") continue;
    ended_wednesday = r.props.count("until") && r.props.at("until") == Value(Date{2012, 9, 12});
  }
  CHECK(ended_wednesday);
  for (const LocalEntity* e : Events(g)) {
    if (e->name != "arrest of Rubén Ochoa Lemus") continue;
    REQUIRE(e->date);
    CHECK(*e->date == Date{2012, 9, 12});
  }
}

TEST_CASE("the date of a report (\"the army said Thursday\") does not date the act it reports") {
  const ArticleGraph undated = ExtractText(
      "Soldiers killed Gerardo Ibarra Solis in a firefight outside Nogales, the army said Thursday.\n",
      Date::Parse("2011-03-10"));
  const LocalEntity* killing = Event(undated, "killing of Gerardo Ibarra Solis");
  REQUIRE(killing);
  CHECK_FALSE(killing->date);
  const ArticleGraph dated = ExtractText(
      "Soldiers killed Gerardo Ibarra Solis on Tuesday outside Nogales, the army told reporters on Thursday.\n",
      Date::Parse("2011-03-10"));
  ExpectDate(dated, "killing of Gerardo Ibarra Solis", "2011-03-08");
}

TEST_CASE("a killing told without a date takes the date the sentences just before it give") {
  const ArticleGraph g = ExtractFile("wire_context_date.md");
  ExpectDate(g, "killing of Marta Ruiz", "2019-11-04");
  // Another act between the date and the killing keeps the date to itself.
  const ArticleGraph apart = ExtractText(
      "Three trucks left the ranch early on Monday.\n\nSoldiers arrested Juan Pérez Luna in Agua Prieta.\n\n"
      "Gunmen opened fire on a bus. Marta Ruiz and two of her sons were killed.\n",
      Date::Parse("2019-11-07"));
  const LocalEntity* killing = Event(apart, "killing of Marta Ruiz");
  REQUIRE(killing);
  CHECK_FALSE(killing->date);
}

TEST_CASE("an act another is timed by ('weeks before X's arrest') keeps its own date and is the act told before") {
  const ArticleGraph g = ExtractText(
      "Soldiers arrested Tomás Rivas Olmedo in Puebla in March 2004.\n\n"
      "The group's decline began in 2004. Its enforcer Iván Rivas Olmedo was shot dead by police in Mazatlán in "
      "February of that year, weeks before Tomás's arrest.\n",
      Date::Parse("2011-02-26"));
  ExpectDate(g, "killing of Iván Rivas Olmedo", "2004-02");
  ExpectOneDated(g, "arrest of Tomás Rivas Olmedo", Date{2004, 3, 0});
}

TEST_CASE("a date nearer another act of the sentence is that act's") {
  // Across a semicolon, and across "and" before a second predicate.
  for (const char* joint : {"ran the Delta Cartel until his arrest in 2003; he was",
                            "led the Delta Cartel until his arrest in 2003 and was"}) {
    CAPTURE(joint);
    const ArticleGraph g = ExtractText(fmt::format("Jorge Rincón Mata {} extradited to the United States in 2007.\n", joint),
                                       Date::Parse("2012-09-04"));
    ExpectDate(g, "arrest of Jorge Rincón Mata", "2003");
    ExpectDate(g, "extradition of Jorge Rincón Mata", "2007");
  }
  // A rule's date when none is inside its match: the nearest, not the sentence's first.
  const ArticleGraph died = ExtractText(
      "Mario is the brother of Jorge Rincón Mata, who led the cartel until his arrest in 2003, and of Luis Rincón "
      "Mata, who ran its finances until marines killed him in Matamoros in November 2010.\n",
      Date::Parse("2012-09-04"));
  bool found = false;
  for (const LocalFact& f : died.facts) {
    if (f.key != "died" || died.entities[died.Root(f.entity)].name != "Luis Rincón Mata") continue;
    found = true;
    CHECK(f.value == Value(Date{2010, 11, 0}));
  }
  CHECK(found);
}

TEST_CASE("an act timed from another (\"his death months later\") takes no date written before it") {
  const ArticleGraph g = ExtractText(
      "Tomás Rivas Olmedo led the Delta Cartel. Its treasurer, Jorge Rincón Mata, was arrested by soldiers in "
      "October 2009, and Rivas Olmedo's death months later left the group split in two. Marines killed Tomás "
      "Rivas Olmedo in a raid in Zapopan in July 2010.\n",
      Date::Parse("2012-09-04"));
  ExpectDate(g, "arrest of Jorge Rincón Mata", "2009-10");
  // One killing: the undated death is the one dated in the next sentence, not October 2009's.
  ExpectOneDated(g, "Rivas Olmedo", Date{2010, 7, 0});
}

TEST_CASE("the fight a killing happened in names it by its place (\"the Apatzingán battle\"), never by its target") {
  const ArticleGraph g = ExtractText(
      "Juan Pérez Soto, the leader of the Delta Cartel, was killed in a two-day battle with federal police in "
      "Apatzingán in December 2010, the government said.\n");
  const LocalEntity* killing = Event(g, "killing of Juan Pérez Soto");
  REQUIRE(killing);
  const auto has = [&](const std::string& alias) {
    return std::find(killing->aliases.begin(), killing->aliases.end(), alias) != killing->aliases.end();
  };
  CHECK(has("Apatzingán battle"));
  CHECK(has("battle in Apatzingán"));
  CHECK_FALSE(has("battle of Juan Pérez Soto"));
  // A battle for something is no fight the act happened in.
  const ArticleGraph other = ExtractText("Marines killed Luis Ortega Ramos in Reynosa amid a battle for control of the cartel.\n");
  for (const LocalEntity* e : Events(other)) CHECK(std::find(e->aliases.begin(), e->aliases.end(), "Reynosa battle") == e->aliases.end());
}

TEST_CASE("a count of acts (\"hundreds of murders\") names no event, nor its victims") {
  const ArticleGraph g = ExtractText(
      "The Delta Cartel's gunmen committed hundreds of murders, kidnappings and other acts of violence in Mexico "
      "to punish its rivals, among them the Omega Cartel and the Sigma Cartel.\n");
  CHECK(Events(g).empty());
  for (const std::string& line : DescribeRelations(g)) CHECK(line.find("PARTICIPATED_IN") == std::string::npos);
}

TEST_CASE("a designation told undated in the lead is the article's act; one told as earlier is not") {
  const ArticleGraph g = ExtractText(
      "WASHINGTON -- The Treasury Department's Office of Foreign Assets Control designated Rogelio Vargas Trejo "
      "pursuant to the Kingpin Act.\n\nHis sister, Marisol Vargas Trejo, is being designated for acting on his "
      "behalf.\n\nOFAC had designated Esteban Lara Quiroz under the same law.\n",
      Date{2018, 5, 2});
  ExpectDate(g, "designation of Rogelio Vargas Trejo", "2018-05-02");
  // The undated act of the release's day by its one designator is that act (DesignatedByConductor).
  CHECK(Event(g, "designation of Marisol Vargas Trejo") == nullptr);
  const LocalEntity* earlier = Event(g, "designation of Esteban Lara Quiroz");
  REQUIRE(earlier);
  CHECK_FALSE(earlier->date);
}

TEST_CASE("\"The arrest comes as ...\" late in a report is the lead's arrest, and takes no date of another act") {
  const ArticleGraph g = ExtractFile("wire_the_arrest_comes_as.md");
  const LocalEntity* lead = Event(g, "arrest of Eliseo Garza Robles");
  REQUIRE(lead);
  CHECK_FALSE(lead->date);  // "the disappearance of nine farmworkers ... last week" is not its date
  ExpectDate(g, "arrest of Nicolás Garza Robles", "2011");
}

TEST_CASE("a fronted phrase's act takes no date of the main clause; an object pronoun before ', who' is no antecedent") {
  const ArticleGraph g = ExtractFile("wire_fronted_act_dates.md");
  const LocalEntity* capture = Event(g, "arrest of Teodoro Ruvalcaba Lima");
  REQUIRE(capture);
  CHECK_FALSE(capture->date);  // "After Ruvalcaba's capture, ... broke with their bosses in 2010"
  // "a witness in a case against him, who was shot dead": not Ruvalcaba's killing.
  CHECK(Event(g, "killing of Teodoro Ruvalcaba Lima") == nullptr);
  ExpectDate(g, "killing in Monterrey", "2009");
}

TEST_CASE("an act told beside another in its sentence takes no date from the sentences before") {
  const ArticleGraph g = ExtractFile("relative_timed_act.md");
  ExpectDate(g, "killing of Rosendo Paredes Lagunas", "2022-11-13");
  // "His killing came a week after gunmen killed X": not dated by "in March" two sentences back, but
  // a week before Sunday, November 13 (to the month: the span is told loosely).
  ExpectDate(g, "killing of Mauricio Trejo Salgado", "2022-11");
}

TEST_CASE("\"earlier that month\" is the month the sentence wrote out") {
  const ArticleGraph g = ExtractFile("event_dated_that_month.md");
  ExpectDate(g, "arrest of Lucía Fonseca Ayala", "2019-03");
}

}  // namespace
}  // namespace cg::ingest

// Entity recognition beyond the lexicon: short articles written for these
// tests (wire news, government statements, floor speeches, analysis), each
// naming people, organizations and places the shipped lexicon does not know,
// and the words that must not become entities.
#include <doctest/doctest.h>

#include <algorithm>

#include "ingest/extract.h"
#include "ingest/name_shape.h"
#include "schema/normalize.h"
#include "tests/ingest/shipped.h"

namespace cg::ingest {
namespace {

ArticleGraph Read(const std::string& text) {
  Document doc;
  REQUIRE(ParseDocument("test.txt", text, {}, &doc).ok());
  ExtractOptions options;
  options.default_date = Date{2011, 5, 3};
  return Extract(doc, *Shipped().lexicon, *Shipped().rules, options);
}

// The written entity with this name or alias (compared as the scorer does:
// case and accents folded), or nullptr.
const LocalEntity* Find(const ArticleGraph& g, const std::string& name) {
  const std::string key = NormalizeName(name);
  for (const LocalEntity& e : g.entities) {
    if (e.merged_into >= 0 || !e.emit || !e.mentioned) continue;
    if (std::find(e.alias_keys.begin(), e.alias_keys.end(), key) != e.alias_keys.end()) return &e;
  }
  return nullptr;
}

std::string LabelOf(const ArticleGraph& g, const std::string& name) {
  const LocalEntity* e = Find(g, name);
  if (!e) return "(none)";
  return e->refining.empty() ? e->primary : e->primary + ":" + e->refining;
}

size_t CountLabel(const ArticleGraph& g, const std::string& primary) {
  return std::count_if(g.entities.begin(), g.entities.end(), [&](const LocalEntity& e) {
    return e.merged_into < 0 && e.emit && e.mentioned && e.primary == primary;
  });
}

// Each name is written with that label ("Person", "Organization:Agency").
void ExpectLabels(const ArticleGraph& g, std::initializer_list<std::pair<std::string, std::string>> expected) {
  for (const auto& [name, label] : expected) {
    INFO("name: ", name);
    CHECK(LabelOf(g, name) == label);
  }
}

// None of the names is written.
void ExpectNone(const ArticleGraph& g, std::initializer_list<std::string> names) {
  for (const std::string& name : names) {
    INFO("name: ", name);
    CHECK(Find(g, name) == nullptr);
  }
}

bool Has(const ArticleGraph& g, const std::string& line) {
  const std::vector<std::string> lines = DescribeRelations(g);
  return std::find(lines.begin(), lines.end(), line) != lines.end();
}

TEST_CASE("wire news: agencies, police forces and newspapers by their head words") {
  const ArticleGraph g = Read(
      "MONTERREY, Mexico -- Soldiers captured Teodoro Ruiz Salgado, a regional boss of the Gulf Cartel, in the "
      "border city of Reynosa, the Secretariat of the Navy said on Tuesday.\n\n"
      "Ruiz Salgado had been sought by the Tamaulipas State Police since 2009, the newspaper Excelsior reported. "
      "The Ministry of Public Security and the Federal Prosecutor's Office for Organized Crime declined to comment "
      "to the Vanguardia newspaper.\n\nHis cousin was arrested in Tepalcatepec, the Comisión de Derechos "
      "Humanos said. La Jornada reported that he was born in Aguililla. The Tamaulipas Attorney General's "
      "Office and Texas DEA agents joined the search. Rival gang members fled. Local newspaper El Heraldo de "
      "Saltillo said so. Tourists fled the resort of Zihuatlan. Graves were found in San Fernando, where a "
      "shrine to the Santa Muerte stood.\n");
  ExpectLabels(g, {{"Teodoro Ruiz Salgado", "Person"},
                   {"Ruiz Salgado", "Person"},  // the surname alone is the same person
                   {"Gulf Cartel", "Organization:Cartel"},
                   {"Reynosa", "Place:City"},
                   {"Tamaulipas State Police", "Organization:Agency"},
                   {"Ministry of Public Security", "Organization:Agency"},
                   {"Excelsior", "Organization:Media"},
                   {"Vanguardia", "Organization:Media"},
                   {"Tepalcatepec", "Place:City"},  // "arrested in X"
                   {"Comisión de Derechos Humanos", "Organization:Agency"},
                   {"La Jornada", "Organization:Media"},
                   {"Tamaulipas Attorney General's Office", "Organization:Agency"},  // the state's own
                   {"DEA", "Organization:Agency"},
                   {"El Heraldo de Saltillo", "Organization:Media"},
                   {"Zihuatlan", "Place:City"},
                   {"San Fernando", "Place:City"}});
  CHECK(Find(g, "Santa Muerte") == nullptr);
  ExpectNone(g, {"Rival gang", "Local"});
  CHECK(Find(g, "Tamaulipas Attorney General's Office") != Find(g, "Attorney General's Office"));
  CHECK(LabelOf(g, "MONTERREY") != "Person");
  // An arrest is reported about the cousin: a described person with a fact of its own.
  CHECK(LabelOf(g, "Teodoro Ruiz Salgado's cousin") == "Person");
  CHECK(CountLabel(g, "Person") == 2);
}

TEST_CASE("government statement: titles name officials, laws and headings name nothing") {
  const ArticleGraph g = Read(
      "FACT SHEET: Treasury Targets Zetas Money Launderers\n\n"
      "Today, the Department of the Treasury sanctioned four individuals under the Foreign Narcotics Kingpin "
      "Designation Act. \"These designations expose the network,\" said Director Ilse Vandermeer. The action was "
      "coordinated with the Commission on Narcotic Drugs and the National Institute of Statistics and Geography "
      "(INEGI). Deputy Chief of Staff Orrin Blackwood and Press Secretary Tamsin Okafor-Lund briefed reporters.\n");
  ExpectLabels(g, {{"Ilse Vandermeer", "Person"},
                   {"Orrin Blackwood", "Person"},
                   {"Tamsin Okafor-Lund", "Person"},  // a hyphenated surname stays whole
                   {"National Institute of Statistics and Geography", "Organization:ResearchGroup"},
                   {"INEGI", "Organization:ResearchGroup"},
                   {"Commission on Narcotic Drugs", "Organization:Agency"}});
  ExpectNone(g, {"Designation Act", "Foreign Narcotics Kingpin Designation Act"});
  CHECK(CountLabel(g, "Person") == 3);
}

TEST_CASE("a headline's verb of an act ends the capitalized name before it") {
  const ArticleGraph g = Read(
      "Treasury Sanctions Sierra Madre Cartel Financier\n\n"
      "FACT SHEET: President Donald J. Trump Targets the Cartels\n\n"
      "The Treasury Department and President Donald J. Trump acted against the Sierra Madre Cartel.\n");
  ExpectNone(g, {"Treasury Sanctions Sierra Madre Cartel", "Donald J. Trump Targets"});
  ExpectLabels(g, {{"Donald J. Trump", "Person"}, {"Sierra Madre Cartel", "Organization:Cartel"}});
}

TEST_CASE("floor speech: speaker labels and forms of address are not people") {
  const ArticleGraph g = Read(
      "Mr. HALVORSEN of Ohio. Madam Speaker, the Senate Foreign Relations Committee heard last week from "
      "the Homeland Security Committee and from "
      "analysts of the Wilson Center. Mr. Speaker, the cartels control the plazas near Zapata County, Texas, "
      "and the town of Ciudad Mier.\n\nMr. McCONNELL. Mr. President, I yield.\n");
  ExpectNone(g, {"HALVORSEN", "McCONNELL", "Speaker"});
  const ArticleGraph h = Read("Commander Ofelia Brandt and Lieutenant Ramon Iturbe led the patrol.\n");
  ExpectLabels(h, {{"Ofelia Brandt", "Person"}, {"Ramon Iturbe", "Person"}});
  CHECK(CountLabel(g, "Person") == 0);
  ExpectLabels(g, {{"Senate Foreign Relations Committee", "Organization:Agency"},
                   {"Wilson Center", "Organization:ResearchGroup"},
                   {"Homeland Security Committee", "Organization:Agency"}});
  CHECK(Find(g, "Zapata County") == nullptr);  // counties are below the graph's place levels
  CHECK(LabelOf(g, "Ciudad Mier") == "Place:City");
}

TEST_CASE("analysis: nicknames, aliases, roles and coreference") {
  const ArticleGraph g = Read(
      "Security analysts say that Anselmo Quiroga Beltrán, alias \"El Tejón,\" became the cartel's chief "
      "enforcer after 2008. Quiroga Beltrán answers to Rigoberto \"El Chaparro\" Mendieta Salas. The group, "
      "which calls itself Los Serranos Unidos, operates in Durango.\n\n"
      "Brunilda Okonkwo-Reyes, a financier for the group, was detained in Torreón, Mexico. Her brother, Casimir "
      "Okonkwo, remains at large. Police also questioned Okonkwo's wife.\n");
  const LocalEntity* tejon = Find(g, "El Tejón");
  REQUIRE(tejon);
  CHECK(tejon == Find(g, "Anselmo Quiroga Beltrán"));
  CHECK(tejon == Find(g, "Quiroga Beltrán"));
  const LocalEntity* chaparro = Find(g, "El Chaparro");
  REQUIRE(chaparro);
  CHECK(chaparro == Find(g, "Rigoberto Mendieta Salas"));
  ExpectLabels(g, {{"Brunilda Okonkwo-Reyes", "Person"},  // a role in apposition
                   {"Casimir Okonkwo", "Person"}});       // a named relative
  CHECK(Has(g, "RELATIVE_OF Casimir Okonkwo -> Brunilda Okonkwo-Reyes {brother}"));
  CHECK(Find(g, "Okonkwo's wife") == nullptr);  // a described relative without facts is no node
  CHECK(LabelOf(g, "Torreón") == "Place:City");
}

TEST_CASE("quoted aliases are other names of what precedes them") {
  const ArticleGraph g = Read(
      "Marines killed Arturo Beltran Leyva, known as \"The Boss of Bosses,\" and arrested Edgar Valdez "
      "Villarreal, alias \"La Barbie.\" Agents held Ismael Zambada Garcia (AKA \"El Mayo\"). The Beltran "
      "Leyva gang split. Police questioned Valdez's wife.\n");
  CHECK(Find(g, "The Boss of Bosses") == Find(g, "Arturo Beltran Leyva"));
  CHECK(Find(g, "Barbie") == Find(g, "Edgar Valdez Villarreal"));
  CHECK(Find(g, "El Mayo") == Find(g, "Ismael Zambada Garcia"));     // "(AKA "El Mayo")"
  CHECK(LabelOf(g, "Beltran Leyva gang") == "Organization:Cartel");  // not the person
  CHECK(Find(g, "Beltran Leyva gang") == Find(g, "Beltrán Leyva Organization"));
  ExpectNone(g, {"The", "Valdez's wife"});
  CHECK(CountLabel(g, "Person") == 3);
}

TEST_CASE("a quoted alias that opens the sentence names the person after it") {
  const ArticleGraph g = Read(
      "Known as \"El Contador,\" Aurelio Sosa Ibarra kept the cartel's books. Also known as \"The Architect\", "
      "Delia Ruiz Peña designed its tunnels. Eduardo Nava Gil, nicknamed \"El Güero,\" was arrested.\n");
  CHECK(Find(g, "El Contador") == Find(g, "Aurelio Sosa Ibarra"));
  CHECK(Find(g, "The Architect") == Find(g, "Delia Ruiz Peña"));
  CHECK(Find(g, "El Güero") == Find(g, "Eduardo Nava Gil"));
  CHECK(CountLabel(g, "Person") == 3);
  bool arrested = false;  // the nickname's apposition stands between the passive and its subject
  for (const LocalRelation& r : g.relations) {
    arrested |= r.type == "PARTICIPATED_IN" && g.entities[g.Root(r.from)].name == "Eduardo Nava Gil";
  }
  CHECK(arrested);
}

TEST_CASE("a quoted name before a policy head, a one-word name after a role") {
  const ArticleGraph g = Read(
      "The President restored the \"Stay in Mexico\" policy. The capture of the fugitive, Ortega, drew praise. "
      "The policy, officials said, works.\n");
  ExpectLabels(g, {{"Stay in Mexico", "Program"}, {"Stay in Mexico policy", "Program"}, {"Ortega", "Person"}});
  CHECK(Find(g, "President") == nullptr);
}

TEST_CASE("a title of one country's office does not name another country's") {
  const ArticleGraph g =
      Read("U.S. Attorney General Eric Holder met Mexican Attorney General Arturo Chavez in the Oval Office.\n");
  // The head of an agency LEADS it (gold NOTES); Holder heads the U.S. office, not the Mexican one.
  CHECK(Has(g, "LEADS Arturo Chavez -> Attorney General's Office"));
  CHECK_FALSE(Has(g, "LEADS Eric Holder -> Attorney General's Office"));
  CHECK_FALSE(Has(g, "MEMBER_OF Eric Holder -> Attorney General's Office {Attorney General}"));
  CHECK(Find(g, "Oval Office") == nullptr);
  CHECK(CountLabel(g, "Person") == 2);
}

TEST_CASE("an alias cue renames what it follows, not the complement of another noun") {
  const ArticleGraph g = Read(
      "In Reynosa, factions of the Gulf Cartel known as Los Metros and Los Rojos fight. Miguel Treviño Morales "
      "was captured in 2013; his brother Omar took over. Experts at the Colegio de la Frontera Norte agree.\n");
  CHECK(Find(g, "Los Metros") != Find(g, "Gulf Cartel"));
  // "his brother Omar": a brother named by his given name alone has the family's surnames.
  CHECK(Has(g, "RELATIVE_OF Omar Treviño Morales -> Miguel Treviño Morales {brother}"));
  ExpectLabels(g, {{"Omar Treviño Morales", "Person"}, {"Colegio de la Frontera Norte", "Organization:ResearchGroup"}});
}

TEST_CASE("a described relative with a fact of its own is kept") {
  const ArticleGraph g = Read("Prosecutors said Rigoberto Mendieta Salas's son was sentenced in Texas.\n");
  CHECK(LabelOf(g, "Rigoberto Mendieta Salas's son") == "Person");
  CHECK(Has(g, "RELATIVE_OF Rigoberto Mendieta Salas's son -> Rigoberto Mendieta Salas {son}"));
}

TEST_CASE("headlines: names end where the body's names end") {
  const ArticleGraph g = Read(
      "President Donald J. Trump Proceeds With New Tariffs\n\n"
      "President Donald J. Trump announced tariffs on Monday. The Biden-Harris Administration had not.\n");
  CHECK(LabelOf(g, "Donald J. Trump") == "Person");
  CHECK(Find(g, "Donald J. Trump Proceeds") == nullptr);
  ExpectLabels(g, {{"Biden-Harris Administration", "Organization:Government"},
                   {"Biden Administration", "Organization:Government"}});
}

TEST_CASE("organizations named by an acronym of their initials, operations as programs") {
  const ArticleGraph g = Read(
      "Brazilian police said the Comando Vermelho Unido (CVU) moved cocaine through Paraguay. The governments of "
      "Brazil and Paraguay launched Operation Fast and Furious Border in response. The Gulf drug cartel was not "
      "involved.\n");
  ExpectLabels(g, {{"Comando Vermelho Unido", "Organization"},
                   {"CVU", "Organization"},
                   {"Operation Fast and Furious Border", "Program"},
                   {"Gulf drug cartel", "Organization:Cartel"}});
  CHECK(Find(g, "Gulf drug cartel") == Find(g, "Gulf Cartel"));  // the lexicon's cartel
  const ArticleGraph h = Read("Fighting between the Gulf and Sinaloa cartels and the Juarez cartel went on.\n");
  ExpectLabels(
      h,
      {{"Gulf", "Organization:Cartel"}, {"Sinaloa", "Organization:Cartel"}, {"Juarez cartel", "Organization:Cartel"}});
}

TEST_CASE("courts, prosecutors, committees and facilities by their head words") {
  const ArticleGraph g = Read(
      "SAN DIEGO (Wire) -- A leader of the Arellano Felix cartel was flown from Benito Juarez International "
      "Airport to San Diego, where the U.S. Attorney's Office charged him before the U.S. District Court for "
      "the Southern District of California. He had been held in the Cieneguillas prison near Ciudad Anahuac. "
      "The House Foreign Affairs Committee and the Brookings Institution studied La Familia for years.\n");
  CHECK(LabelOf(g, "Arellano Felix cartel") == "Organization:Cartel");
  CHECK(Find(g, "Arellano Felix cartel") == Find(g, "Tijuana Cartel"));
  ExpectLabels(g, {{"Benito Juarez International Airport", "Place:Facility"},
                   {"U.S. Attorney's Office", "Organization:Agency"},
                   {"U.S. District Court for the Southern District of California", "Organization:Government"},
                   {"Cieneguillas prison", "Place:Facility"},
                   {"Ciudad Anahuac", "Place:City"},
                   {"House Foreign Affairs Committee", "Organization:Agency"},
                   {"Brookings Institution", "Organization:ResearchGroup"},
                   {"La Familia", "Organization:Cartel"}});
  CHECK(CountLabel(g, "Person") == 0);
}

TEST_CASE("a group noun in apposition names an organization; a role does not") {
  const ArticleGraph g = Read(
      "Analysts at Stratfor, a Texas-based security consultancy, and Lantern Analytics, a small think tank, agreed. "
      "Ulises Bravo Tamez, a member of the cartel, was arrested. Sources told Imagen television.\n");
  ExpectLabels(g, {{"Stratfor", "Organization:ResearchGroup"},
                   {"Lantern Analytics", "Organization:ResearchGroup"},
                   {"Ulises Bravo Tamez", "Person"},
                   {"Imagen", "Organization:Media"}});
}

TEST_CASE("a part noun of an organization the lexicon knows names an organization of its kind") {
  const ArticleGraph g = Read(
      "Los Tigres Blancos, a breakaway faction of the Gulf Cartel, took Matamoros. Unidad Halcón, a special "
      "unit of the Mexican Navy, pursued them. El Grupo Sombra, the enforcement arm of the Sinaloa Cartel, stayed "
      "out. Tomás Rivera Gil, a leader of a cell of the Gulf Cartel, and Laura Peña, a cell leader of the cartel, "
      "were held.\n");
  ExpectLabels(g, {{"Los Tigres Blancos", "Organization:Cartel"},
                   {"Unidad Halcón", "Organization:MilitaryUnit"},
                   {"El Grupo Sombra", "Organization:Cartel"},
                   {"Tomás Rivera Gil", "Person"},
                   {"Laura Peña", "Person"}});
}

TEST_CASE("definite descriptions refer back; named ones do not") {
  const ArticleGraph g = Read(
      "Marines killed Arturo Beltran Leyva in Cuernavaca. The kingpin had led the Beltran Leyva Organization. "
      "The Ministry of Public Security said the gang would split.\n");
  CHECK(Has(g, "LEADS Arturo Beltran Leyva -> Beltrán Leyva Organization"));  // "The kingpin" is he
  CHECK(LabelOf(g, "Ministry of Public Security") == "Organization:Agency");
  CHECK(CountLabel(g, "Person") == 1);
}

TEST_CASE("name shapes") {
  const std::string text = "Biden-Harris Administration Announces New Actions To Fight Fentanyl";
  const std::vector<Token> t = Tokenize(text, 0, text.size());
  CHECK(IsHeadline(t, 0, t.size()));
  CHECK(JoinsNameParts(t, 1, t.size()));
  const std::string body = "The agency said the plan, announced on Monday, would work.";
  const std::vector<Token> b = Tokenize(body, 0, body.size());
  CHECK_FALSE(IsHeadline(b, 0, b.size()));
  const std::string org = "Primeiro Comando da Capital";
  const std::vector<Token> o = Tokenize(org, 0, org.size());
  CHECK(SpellsInitials("PCC", o, 0, o.size()));
  CHECK(SpellsInitials("PCDC", o, 0, o.size()));
  CHECK_FALSE(SpellsInitials("CJNG", o, 0, o.size()));
  const std::string label = "Mr. POE of Texas. Mr. McCAUL. Mr. McCaul.";
  const std::vector<Token> l = Tokenize(label, 0, label.size());
  CHECK(AllCapsWords(label, l, 1, 2));
  CHECK_FALSE(AllCapsWords(label, l, 3, 4));
  CHECK(AllCapsWords(label, l, 6, 7));
  CHECK_FALSE(AllCapsWords(label, l, 9, 10));
}

TEST_CASE("a body named after an organization the lexicon knows is an organization of its own") {
  const ArticleGraph g = Read(
      "The Senate Armed Services Committee and the House Foreign Affairs Committee will question "
      "officials about the cartels next week, Rep. Lorna Whitfield told reporters.\n\n"
      "A DEA Special Operations Division analyst briefed the Senate on Tuesday.\n");
  ExpectLabels(g, {{"Senate Armed Services Committee", "Organization:Agency"},
                   {"House Foreign Affairs Committee", "Organization:Agency"},
                   {"DEA Special Operations Division", "Organization:Agency"}});
  ExpectNone(g, {"Services Committee", "Special Operations Division"});
}

TEST_CASE("a newspaper cue names a newspaper even when a cartel has that name") {
  const ArticleGraph g = Read(
      "Soldiers detained two suspects in Culiacán, the Mexican newspaper Milenio reported on Monday.\n\n"
      "The Milenio Cartel once controlled much of Michoacán.\n");
  ExpectLabels(g, {{"Milenio Cartel", "Organization:Cartel"}});
  const LocalEntity* paper = nullptr;
  for (const LocalEntity& e : g.entities) {
    if (e.merged_into < 0 && e.mentioned && e.name == "Milenio") paper = &e;
  }
  REQUIRE(paper);
  CHECK(paper->refining == "Media");
}

TEST_CASE("prosecutors' offices keep their titles and complements; an acronym after \"known as\" is no person") {
  const ArticleGraph g = Read(
      "The case was sent to the Specialized Prosecutor's Office against Organized Crime, known as FEMDO, "
      "officials said.\n\n"
      "The Special Prosecutor's Office said it had opened an inquiry, and the Durango State Prosecutor's "
      "Office for Missing Persons asked families to come forward.\n");
  ExpectLabels(g, {{"Specialized Prosecutor's Office against Organized Crime", "Organization:Agency"},
                   {"Special Prosecutor's Office", "Organization:Agency"},
                   {"Durango State Prosecutor's Office for Missing Persons", "Organization:Agency"}});
  ExpectNone(g, {"Organized Crime", "Prosecutor's Office"});
  CHECK(CountLabel(g, "Person") == 0);
}

TEST_CASE("a quoted nickname before a person's name is that person") {
  const ArticleGraph g = Read(
      "Marines arrested \"El Güero\" Rafael Maldonado in Tijuana, and police later detained "
      "\u201cla Tía\u201d Marisol Ibarra Fuentes.\n");
  ExpectLabels(g, {{"Rafael Maldonado", "Person"}, {"El Güero", "Person"}, {"Marisol Ibarra Fuentes", "Person"},
                   {"La Tía", "Person"}});
  CHECK(Find(g, "El Güero") == Find(g, "Rafael Maldonado"));
  CHECK(Find(g, "La Tía") == Find(g, "Marisol Ibarra Fuentes"));
  CHECK(CountLabel(g, "Person") == 2);
}

TEST_CASE("a nationality before a force's or an agency's name makes that country's organization") {
  const ArticleGraph g = Read(
      "Honduran officials said the Colombian Navy and the Guatemalan National Police seized the boat.\n\n"
      "The Peruvian Army and Ecuador's Financial Analysis Unit are assisting, a spokesman said.\n\n"
      "Mexican authorities and American officials declined to comment.\n");
  ExpectLabels(g, {{"Colombian Navy", "Organization:MilitaryUnit"},
                   {"Guatemalan National Police", "Organization:Agency"},
                   {"National Police", "Organization:Agency"},
                   {"Peruvian Army", "Organization:MilitaryUnit"}});
  ExpectNone(g, {"Honduran officials", "American officials"});
  // A head with its complement is the body's full name, without the nationality that qualifies it.
  const ArticleGraph h = Read(
      "The Peruvian Ministry of the Interior and the Colombian Directorate of Criminal Investigation traded "
      "files, while a spokesman for the Guatemalan Commission against Impunity said nothing.\n");
  ExpectLabels(h, {{"Ministry of the Interior", "Organization:Agency"},
                   {"Directorate of Criminal Investigation", "Organization:Agency"},
                   {"Commission against Impunity", "Organization:Agency"}});
  ExpectNone(h, {"Peruvian Ministry", "Colombian Directorate", "Guatemalan Commission"});
}

TEST_CASE("events name people the lexicon does not know; a city after two names is a surname") {
  const ArticleGraph g = Read(
      "Braulio Fierro Gil was killed in a shootout with soldiers in Reynosa.\n\n"
      "Marines captured Anselmo Quintero Vela on Monday.\n\n"
      "Rodolfo Cázares Lima was arrested in the state of Jalisco.\n\n"
      "Journalist Marcela Ibarra Ponce was killed by gunmen.\n\n"
      "The killing of Lucía outraged the town.\n");
  ExpectLabels(g, {{"Braulio Fierro Gil", "Person"},
                   {"Anselmo Quintero Vela", "Person"},
                   {"Rodolfo Cázares Lima", "Person"},
                   {"Marcela Ibarra Ponce", "Person"},
                   {"Lucía", "Person"}});
  ExpectNone(g, {"Lima", "Journalist Marcela Ibarra Ponce"});
  CHECK(Has(g, "PARTICIPATED_IN Braulio Fierro Gil -> killing of Braulio Fierro Gil {target}"));
  CHECK(Has(g, "OCCURRED_IN killing of Braulio Fierro Gil -> Reynosa"));
}

TEST_CASE("a place's police by a lower-case head; the governments of the Americas and lakes as facilities") {
  const ArticleGraph g = Read(
      "The Tamaulipas state police and the Nuevo Laredo municipal police found the boat on Falcon Lake. "
      "Mexican police arrested two men. The state police of Sinaloa said nothing. The Panamanian government "
      "and the Government of Honduras offered help.\n");
  ExpectLabels(g, {{"Tamaulipas state police", "Organization:Agency"},
                   {"Nuevo Laredo municipal police", "Organization:Agency"},
                   {"Falcon Lake", "Place:Facility"},
                   {"Government of Panama", "Organization:Government"},
                   {"Government of Honduras", "Organization:Government"}});
  ExpectNone(g, {"Mexican police", "state police"});
}

TEST_CASE("a given name coordinated with a full name shares its surname; Spanish given names as a class") {
  const ArticleGraph g = Read(
      "Mark and Julie Harmon were riding jet skis on Falcon Lake when gunmen opened fire. Police detained "
      "Nicandro Solís Rivas and Hernán Bermúdez Requena. Juan and María José Torres were not hurt.\n");
  ExpectLabels(g, {{"Mark Harmon", "Person"},
                   {"Julie Harmon", "Person"},
                   {"Nicandro Solís Rivas", "Person"},
                   {"Hernán Bermúdez Requena", "Person"}});
  ExpectNone(g, {"Juan Torres", "Juan José Torres"});  // "María José" is two given names: no shared surname read
}

TEST_CASE("a nationality before a force's common noun; a name ending inside a longer name; a group by its make-up") {
  const ArticleGraph g = Read(
      "Mexican federal police and Guatemalan soldiers searched the border. A spokesman for the U.S. Embassy in "
      "Mexico City declined to comment. Los Linces, a cell of former soldiers, guards the routes.\n");
  ExpectLabels(g, {{"Federal Police", "Organization:Agency"},
                   {"U.S. Embassy", "Organization:Agency"},
                   {"Mexico City", "Place:City"},
                   {"Los Linces", "Organization:Cartel"}});
  ExpectNone(g, {"U.S. Embassy in Mexico"});
}

TEST_CASE("a wire dateline's agency is the report's source, not an organization it speaks of") {
  const ArticleGraph g = Read(
      "MORELIA, Mexico (AP) -- Soldiers detained Ramiro Vela Soto on Monday.\n\n"
      "TIJUANA, Mexico (Reuters) - Police found two bodies. Reuters could not confirm the report.\n");
  ExpectNone(g, {"Associated Press", "AP"});
  ExpectLabels(g, {{"Reuters", "Organization:Media"}, {"Ramiro Vela Soto", "Person"}});
}

TEST_CASE("a middle initial inside a name; a headline's verb after a title, and its capitalized nouns; a gang described by an apposition") {
  const ArticleGraph g = Read(
      "Former Mexican Secretary of Public Security Arrested for Taking Millions in Bribes\n\n"
      "WASHINGTON -- Assistant Attorney General Brian A. Benczkowski announced the charges. La Linea works with "
      "the Barrio Azteca, a prison gang with members in Texas.\n");
  ExpectLabels(g, {{"Brian A. Benczkowski", "Person"}, {"Barrio Azteca", "Organization:Cartel"}});
  ExpectNone(g, {"Brian", "Arrested", "Bribes"});
}

TEST_CASE("the navy's formal names; an outlet named like a cartel; a city's airport") {
  const ArticleGraph g = Read(
      "\"Congratulations to the Navy of Mexico,\" the president wrote after the arrest.\n\n"
      "Reporters of the Milenio television channel filmed the Tijuana airport.\n");
  ExpectLabels(g, {{"Mexican Navy", "Organization:MilitaryUnit"},
                   {"Milenio", "Organization:Media"},
                   {"Tijuana airport", "Place:Facility"}});
  CHECK(Find(g, "Navy of Mexico") == Find(g, "Mexican Navy"));  // one entity, not a second navy
  ExpectNone(g, {"Milenio Cartel"});
}

TEST_CASE("a town's or a state's police named by its possessive") {
  const ArticleGraph g = Read(
      "Prosecutors said Iguala's municipal police worked with the gang.\n\n"
      "Tamaulipas's state police found the bodies.\n");
  ExpectLabels(g, {{"Iguala municipal police", "Organization:Agency"}, {"Tamaulipas state police", "Organization:Agency"}});
  CHECK(Find(g, "Iguala's municipal police") == Find(g, "Iguala municipal police"));
}

TEST_CASE("political parties by name, acronym and Spanish name are one party each") {
  const ArticleGraph g = Read(
      "Morena and the PRI traded blame.\n\n"
      "A senator of the Partido Revolucionario Institucional said the National Action Party had stayed silent.\n");
  // Three parties, each once: the acronym and the Spanish name are the same party.
  CHECK(CountLabel(g, "Organization") == 3);
  CHECK(Find(g, "PRI") == Find(g, "Partido Revolucionario Institucional"));
  for (const char* party : {"Morena", "Institutional Revolutionary Party", "National Action Party"}) {
    ExpectLabels(g, {{party, "Organization:PoliticalParty"}});
  }
}

TEST_CASE("a foreign national body the lexicon lacks is also named with its country") {
  const ArticleGraph g = Read(
      "Paraguay's National Police arrested the fugitive in a suburb of the capital on Friday.\n\n"
      "Panama's National Border Service detained two of his associates.\n");
  ExpectLabels(g, {{"National Police of Paraguay", "Organization:Agency"},
                   {"National Border Service of Panama", "Organization:Agency"}});
}

TEST_CASE("every town of a list a plural town noun opens") {
  const ArticleGraph g = Read(
      "Gunmen control the municipalities of Aguililla, Coalcomán and Chinicuila, officials said.\n\n"
      "The shooting took place near the communities of Sunland Park and Santa Teresa.\n");
  ExpectLabels(g, {{"Aguililla", "Place:City"},
                   {"Coalcomán", "Place:City"},
                   {"Chinicuila", "Place:City"},
                   {"Sunland Park", "Place:City"}});
}

TEST_CASE("a title-case headline's 'Operation' names a program only when the text repeats the name") {
  const ArticleGraph g = Read(
      "Army Operation Nets 14 Suspects In Guanajuato\n\n"
      "Soldiers arrested 14 men in raids around Celaya under Operation Bajío Seguro, officials said.\n\n"
      "Operation Bajío Seguro began in March.\n");
  ExpectNone(g, {"Operation Nets"});
  ExpectLabels(g, {{"Operation Bajío Seguro", "Program"}});
}

}  // namespace
TEST_CASE("foreign wire: a country's bodies named once, a bare ministry the dateline country's") {
  const ArticleGraph g = Read(
      "BOGOTA, Colombia (AP) -- Colombia's National Police captured Daniel Rendon Herrera in Antioquia on "
      "Sunday, the Defense Ministry said.\n\n"
      "The Director of National Intelligence in Washington was briefed.\n");
  ExpectLabels(g, {{"Colombia's Defense Ministry", "Organization:Agency"}});
  // No force of no country beside the country's own; no Mexican ministry in Bogota; an office's
  // field is no body.
  ExpectNone(g, {"National Police", "Secretariat of National Defense", "National Intelligence"});
}

}  // namespace cg::ingest

#include "exchange/xml_text.h"

#include <doctest/doctest.h>

#include "exchange/property_schema.h"
#include "exchange/value_text.h"
#include "exchange/xml_attributes.h"

using namespace cg;
using namespace cg::exchange;

TEST_CASE("xml text: escapes markup, keeps line breaks, drops forbidden characters, repairs UTF-8") {
  std::string out;
  AppendXmlEscaped("a<b>&\"c\"'d'\te\nf\r\x01\x1f g", &out);
  CHECK(out == "a&lt;b&gt;&amp;&quot;c&quot;&apos;d&apos;&#9;e&#10;f&#13; g");
  out.clear();
  AppendXmlEscaped("Cártel \xff end \xEF\xBF\xBE!", &out);  // a stray byte; U+FFFE
  CHECK(out == "Cártel \xEF\xBF\xBD end !");
  out.clear();
  AppendXmlEscaped("\xC3", &out);  // truncated sequence
  CHECK(out == "\xEF\xBF\xBD");
  CHECK(XmlNameToken("end cause/2") == "end_cause_2");
  CHECK(XmlNameToken("") == "_");
}

TEST_CASE("value text: one form for every type") {
  CHECK(ValueText(Value()) == "");
  CHECK(ValueText(Value(true)) == "true");
  CHECK(ValueText(Value(int64_t{-7})) == "-7");
  CHECK(ValueText(Value(0.1)) == "0.1");
  CHECK(ValueText(Value(Date{2010, 5, 0})) == "2010-05");
  CHECK(ValueText(Value(ValueList{"a", "b"})) == "a;b");
  std::string labels;
  AppendLabelsText({"Organization", "Cartel"}, &labels);
  CHECK(labels == ":Organization:Cartel");
}

TEST_CASE("property schema: widening rules") {
  PropertySchema schema;
  schema.Add({{"n", int64_t{1}}, {"x", int64_t{1}}, {"s", "a"}, {"l", ValueList{"a"}}, {"e", ValueList{}}});
  schema.Add({{"n", int64_t{2}}, {"x", 2.5}, {"s", int64_t{3}}, {"l", ValueList{"b"}}, {"e", ValueList{int64_t{1}}}});
  const auto& c = schema.columns();
  CHECK(c.at("n") == ColumnType{ScalarType::kInt, false});
  CHECK(c.at("x") == ColumnType{ScalarType::kFloat, false});
  CHECK(c.at("s") == ColumnType{ScalarType::kString, false});
  CHECK(c.at("l") == ColumnType{ScalarType::kString, true});
  CHECK(c.at("e") == ColumnType{ScalarType::kInt, true});
  CHECK(XmlAttributeType(c.at("n")) == "long");
  CHECK(XmlAttributeType(c.at("x")) == "double");
  CHECK(XmlAttributeType(c.at("l")) == "string");
}

TEST_CASE("xml attributes: declared on first use, widened by every value, own names kept") {
  XmlAttributes attributes("d", {{"label", "string"}, {"count", "int", "0"}});
  CHECK(attributes.own(1).id == "d1");
  CHECK(attributes.own(1).type() == "int");
  CHECK(attributes.own(1).default_value == "0");
  const std::string x_id = attributes.ForProperty("x", Value(int64_t{1})).id;
  CHECK(x_id == "d2");
  CHECK(attributes.all().back().type() == "long");
  CHECK(attributes.ForProperty("x", Value(2.5)).id == x_id);
  CHECK(attributes.all().back().type() == "double");
  CHECK(attributes.ForProperty("label", Value("a property")).name == "property.label");
  CHECK(attributes.ForProperty("end cause", Value("killed")).name == "end_cause");
  CHECK(attributes.all().size() == 5);
}

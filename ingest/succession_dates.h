// Dates around a succession: a successor's leadership begins when his predecessor's ended.
// "X took command of the Zetas after marines captured his brother Y in July 2013": Y's removal
// (the dated killing, arrest or extradition that targeted him, or his death) ends Y's LEADS of the
// group and opens X's; the SUCCEEDED itself takes that date.
#pragma once

#include "ingest/article_graph.h"

namespace cg::ingest {

// For each SUCCEEDED X -> Y {organization} not hedged whose predecessor's end has a date: sets
// SUCCEEDED.date, LEADS X -> group since and LEADS Y -> group until and end_cause, where the
// article left them unset. Runs after SuccessorsLead (succession.h).
void DateSuccessions(ArticleGraph* g);

}  // namespace cg::ingest

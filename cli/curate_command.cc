// cartelgraph curate: researchers' decisions on the command line
// (graph/curation/decision.h), one decision = one atomic write.
//
//   cartelgraph curate merge   --db DB KEEP DUPLICATE --reason WHY
//   cartelgraph curate split   --db DB ENTITY NAME... --reason WHY
//   cartelgraph curate reject  --db DB REL_ID | START TYPE END --reason WHY
//   cartelgraph curate reject  --db DB --claim ENTITY KEY VALUE [--article A] --reason WHY
//   cartelgraph curate assert  --db DB START TYPE END --source SRC [--note NOTE]
//   cartelgraph curate rename  --db DB ENTITY NAME --reason WHY
//   cartelgraph curate relabel --db DB ENTITY LABEL --reason WHY
//   cartelgraph curate list    --db DB
//   cartelgraph curate undo    --db DB ID
//   cartelgraph curate export  --db DB [-o decisions.jsonl]
//   cartelgraph curate apply   --db DB decisions.jsonl
//
// Entities are ids or names ("El Mecho", "Person:El Mecho"); --author
// defaults to $USER.
#include <fmt/format.h>

#include <cstdlib>
#include <fstream>
#include <iostream>

#include "cli/command.h"
#include "exchange/decisions_jsonl.h"
#include "graph/curation/curator.h"
#include "graph/curation/decision_store.h"
#include "graph/curation/entity_ref.h"

namespace cg::cli {

namespace {

using graph::curation::Decision;
using graph::curation::Kind;

struct CurateArgs {
  std::string db, reason, author, source, note, file, output, article;
  bool claim = false;  // reject: the words name a claim
  std::vector<std::string> words;  // the positional arguments
  uint64_t id = 0;
};

std::string Author(const CurateArgs& args) {
  if (!args.author.empty()) return args.author;
  const char* user = std::getenv("USER");
  return user && *user ? user : "unknown";
}

// Runs `write` in one write transaction of the database and commits it;
// prints the message on success.
int Write(const CurateArgs& args, const std::function<Status(graph::WriteTxn*, std::string*)>& write) {
  auto graph = OpenOrReport(args.db, {});
  if (!graph) return kExitFailure;
  std::unique_ptr<graph::WriteTxn> txn;
  Status s = graph->BeginWrite(&txn);
  std::string message;
  if (s.ok()) s = write(txn.get(), &message);
  if (s.ok()) s = txn->Commit();
  if (!s.ok()) return Fail(s.ToString());
  std::cout << message << '\n';
  return kExitOk;
}

// Applies one decision built by `fill` from the entity words.
int Decide(const CurateArgs& args, Kind kind, const std::function<Status(const graph::Reader&, Decision*)>& fill) {
  return Write(args, [&](graph::WriteTxn* txn, std::string* message) {
    Decision d;
    d.kind = kind;
    d.author = Author(args);
    d.reason = args.reason;
    CG_RETURN_IF_ERROR(fill(*txn, &d));
    CG_RETURN_IF_ERROR(graph::curation::Apply(txn, &d));
    *message = fmt::format("decision {}: {}", d.id, d.Summary());
    return Status::OK();
  });
}

Status Entity(const graph::Reader& reader, const std::string& text, graph::curation::EntityRef* ref) {
  CG_RETURN_IF_ERROR(graph::curation::FindNamed(reader, text, &ref->id));
  return Status::OK();
}

int Run(const std::string& action, const CurateArgs& args) {
  const auto& w = args.words;
  auto usage = [&](const std::string& form) {
    std::cerr << "cartelgraph curate " << action << ": expected " << form << '\n';
    return kExitUsage;
  };
  if (action == "merge") {
    if (w.size() != 2) return usage("KEEP DUPLICATE");
    return Decide(args, Kind::kMerge, [&](const graph::Reader& r, Decision* d) {
      d->entities.resize(2);
      CG_RETURN_IF_ERROR(Entity(r, w[0], &d->entities[0]));
      return Entity(r, w[1], &d->entities[1]);
    });
  }
  if (action == "split") {
    if (w.size() < 2) return usage("ENTITY NAME...");
    return Decide(args, Kind::kSplit, [&](const graph::Reader& r, Decision* d) {
      d->entities.resize(1);
      d->names.assign(w.begin() + 1, w.end());
      return Entity(r, w[0], &d->entities[0]);
    });
  }
  if (action == "rename" || action == "relabel") {
    if (w.size() != 2) return usage(action == "rename" ? "ENTITY NAME" : "ENTITY LABEL");
    return Decide(args, action == "rename" ? Kind::kRename : Kind::kRelabel, [&](const graph::Reader& r, Decision* d) {
      d->entities.resize(1);
      d->names = {w[1]};
      return Entity(r, w[0], &d->entities[0]);
    });
  }
  if (action == "reject" && args.claim) {
    if (w.size() != 3) return usage("--claim ENTITY KEY VALUE");
    return Decide(args, Kind::kReject, [&](const graph::Reader& r, Decision* d) {
      d->claim.key = w[1];
      d->claim.value = Value(w[2]);  // the text of the value: Apply finds the claim's
      d->claim.article = args.article;
      return Entity(r, w[0], &d->claim.entity);
    });
  }
  if (action == "reject") {
    if (w.size() != 1 && w.size() != 3) return usage("REL_ID or START TYPE END");
    return Decide(args, Kind::kReject, [&](const graph::Reader& r, Decision* d) {
      if (w.size() == 1) {
        d->relationship.id = std::strtoull(w[0].c_str(), nullptr, 10);
        if (d->relationship.id == 0) return Status::InvalidArgument("'" + w[0] + "' is not a relationship id");
        return Status::OK();
      }
      d->relationship.type = w[1];
      CG_RETURN_IF_ERROR(Entity(r, w[0], &d->relationship.start));
      CG_RETURN_IF_ERROR(Entity(r, w[2], &d->relationship.end));
      CG_RETURN_IF_ERROR(graph::curation::RefOf(r, d->relationship.start.id, &d->relationship.start));
      return graph::curation::RefOf(r, d->relationship.end.id, &d->relationship.end);
    });
  }
  if (action == "assert") {
    if (w.size() != 3) return usage("START TYPE END");
    return Decide(args, Kind::kAssert, [&](const graph::Reader& r, Decision* d) {
      d->entities.resize(2);
      d->type = w[1];
      d->source = args.source;
      d->note = args.note;
      if (d->reason.empty()) d->reason = args.note;
      CG_RETURN_IF_ERROR(Entity(r, w[0], &d->entities[0]));
      return Entity(r, w[2], &d->entities[1]);
    });
  }
  if (action == "undo") {
    return Write(args, [&](graph::WriteTxn* txn, std::string* message) {
      CG_RETURN_IF_ERROR(graph::curation::Undo(txn, args.id, Author(args)));
      Decision d;
      CG_RETURN_IF_ERROR(graph::curation::DecisionStore::Get(*txn, args.id, &d));
      *message = fmt::format("decision {} undone: {}", d.id, d.Summary());
      return Status::OK();
    });
  }
  if (action == "apply") {
    std::ifstream in(args.file);
    if (!in) return Fail("cannot read " + args.file);
    return Write(args, [&](graph::WriteTxn* txn, std::string* message) {
      size_t applied = 0;
      CG_RETURN_IF_ERROR(exchange::ApplyDecisions(txn, in, args.file, &applied));
      *message = fmt::format("{} decision(s) applied from {}", applied, args.file);
      return Status::OK();
    });
  }
  auto graph = OpenOrReport(args.db, {.read_only = true});
  if (!graph) return kExitFailure;
  auto reader = graph->BeginRead();
  if (action == "export") {
    std::ofstream file;
    if (!args.output.empty()) {
      file.open(args.output);
      if (!file) return Fail("cannot write " + args.output);
    }
    size_t count = 0;
    Status s = exchange::ExportDecisions(*reader, args.output.empty() ? std::cout : file, &count);
    if (!s.ok()) return Fail(s.ToString());
    if (!args.output.empty()) std::cerr << count << " decision(s) written to " << args.output << '\n';
    return kExitOk;
  }
  // list
  Status s = graph::curation::DecisionStore::ForEach(*reader, [](const Decision& d) {
    std::cout << fmt::format("{:>4}  {}  {}  {}{}\n      why: {}\n", d.id, d.timestamp, d.author, d.Summary(),
                             d.undone ? fmt::format("  (undone {} by {})", d.undone_at, d.undone_by) : "",
                             d.reason.empty() ? "(no reason given)" : d.reason);
    return true;
  });
  return s.ok() ? kExitOk : Fail(s.ToString());
}

}  // namespace

Command AddCurateCommand(CLI::App& app) {
  auto* cmd = app.add_subcommand("curate", "Correct the graph: merge, split, reject, assert, rename, relabel; list, "
                                           "undo, export and apply decisions");
  cmd->require_subcommand(1);
  auto args = std::make_shared<CurateArgs>();
  auto actions = std::make_shared<std::vector<std::pair<std::string, CLI::App*>>>();
  auto add = [&](const std::string& name, const std::string& help, bool decision) {
    CLI::App* sub = cmd->add_subcommand(name, help);
    sub->add_option("--db", args->db, "Database directory")->required();
    if (decision) {
      sub->add_option("--reason", args->reason, "Why (kept with the decision)");
      sub->add_option("--author", args->author, "Who decides (default: $USER)");
    }
    actions->emplace_back(name, sub);
    return sub;
  };
  add("merge", "Merge DUPLICATE into KEEP (ids or names)", true)->add_option("entities", args->words)->expected(2);
  add("split", "Separate NAMEs of ENTITY into a new entity", true)->add_option("words", args->words)->expected(2, 1000);
  auto* reject = add("reject", "Reject a relationship: its id, or START TYPE END; or, with --claim, a claim: "
                                "ENTITY KEY VALUE", true);
  reject->add_option("relationship", args->words)->expected(1, 3);
  reject->add_flag("--claim", args->claim, "Reject the claim ENTITY KEY VALUE (from every source unless --article)");
  reject->add_option("--article", args->article, "With --claim: only the claim of this article (id, path or title)");
  auto* assert_cmd = add("assert", "Assert START -[TYPE]-> END with your source", true);
  assert_cmd->add_option("fact", args->words)->expected(3);
  assert_cmd->add_option("--source", args->source, "Where you have it from")->required();
  assert_cmd->add_option("--note", args->note, "Your note: the evidence's text");
  add("rename", "Give ENTITY its canonical NAME", true)->add_option("words", args->words)->expected(2);
  add("relabel", "Give ENTITY a LABEL", true)->add_option("words", args->words)->expected(2);
  add("list", "List every decision with its reason", false);
  auto* undo = add("undo", "Undo decision ID", false);
  undo->add_option("id", args->id, "Decision id")->required();
  undo->add_option("--author", args->author, "Who undoes (default: $USER)");
  add("export", "Write every decision as JSON lines", false)
      ->add_option("-o,--output", args->output, "Output file (default: stdout)");
  add("apply", "Apply a decision file (JSON lines) as one atomic write", false)
      ->add_option("file", args->file, "decisions.jsonl")
      ->required();
  return {cmd, [args, actions]() -> int {
    for (const auto& [name, sub] : *actions) {
      if (sub->parsed()) return Run(name, *args);
    }
    return kExitUsage;
  }};
}

}  // namespace cg::cli

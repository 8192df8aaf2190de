@0xba7bdf2e86c13715;
# Everything cartelgraph persists. storage/ sees only bytes; graph/ encodes
# and decodes these records. Field numbers are forever: add, never renumber.
# An incompatible change bumps kFormatVersion in storage/format.h.

using Cxx = import "/capnp/c++.capnp";
$Cxx.namespace("cg::records");

# A calendar date, possibly partial: month == 0 means "year only",
# day == 0 means "year and month only".
struct Date {
  year @0 :Int32;
  month @1 :UInt8;
  day @2 :UInt8;
}

# A duration (schema/temporal.h): months, days and seconds are separate
# units; 0 <= nanos < 1e9.
struct Duration {
  months @0 :Int64;
  days @1 :Int64;
  seconds @2 :Int64;
  nanos @3 :Int32;
}

# A time of day, or a date and time of day; local, or at a UTC offset.
struct Temporal {
  enum Kind {
    localTime @0;
    time @1;
    localDateTime @2;
    dateTime @3;
  }
  kind @0 :Kind;
  days @1 :Int64;    # the date as days since 1970-01-01 (date-time kinds)
  nanos @2 :Int64;   # the local time of day
  offset @3 :Int32;  # seconds east of UTC (time, dateTime)
  zone @4 :Text;     # the zone name it was given in, if any (dateTime)
}

# duration and temporal were added to the union later (format version 4
# still): a database without them reads as before.
struct Value {
  union {
    null @0 :Void;
    bool @1 :Bool;
    int @2 :Int64;
    float @3 :Float64;
    text @4 :Text;
    date @5 :Date;
    list @6 :List(Value);
    duration @7 :Duration;
    temporal @8 :Temporal;
  }
}

struct Property {
  key @0 :Text;
  value @1 :Value;
}

# Where a fact comes from: a sentence of an ingested article.
struct Evidence {
  article @0 :Text;       # article id (sha256 hex of its bytes)
  spanBegin @1 :UInt32;   # byte offsets of the sentence in the article text
  spanEnd @2 :UInt32;
  quote @3 :Text;         # the sentence as written
  rule @4 :Text;          # id of the extraction rule (or "import", "query")
  confidence @5 :Float32; # 0..1
}

# One source's statement of a property value. Several claims with different
# values for one key are a conflict, kept side by side.
struct Claim {
  key @0 :Text;
  value @1 :Value;
  evidence @2 :Evidence;
}

struct Node {
  labels @0 :List(Text);
  properties @1 :List(Property);
  claims @2 :List(Claim);
}

struct Relationship {
  type @0 :Text;
  start @1 :UInt64;
  end @2 :UInt64;
  properties @3 :List(Property);
  evidence @4 :List(Evidence);
  claims @5 :List(Claim);
}

struct Article {
  id @0 :Text;          # sha256 hex
  title @1 :Text;
  author @2 :Text;
  publisher @3 :Text;
  published @4 :Date;
  url @5 :Text;
  path @6 :Text;        # where it was read from
  text @7 :Text;        # the body, as evidence spans index it
  node @8 :UInt64;      # the Article node
}

# The ontology as data (see ontology.h): written into a database's metadata
# so a database says which vocabulary it was checked against.
struct Ontology {
  version @0 :Text;
  labels @1 :List(LabelDef);
  types @2 :List(TypeDef);

  struct LabelDef {
    name @0 :Text;
    refinements @1 :List(Text);
  }
  struct PropertyDef {
    name @0 :Text;
    type @1 :Text;        # "string", "int", "float", "bool", "date", "string[]", "any"
  }
  struct TypeDef {
    name @0 :Text;
    from @1 :List(Text);  # allowed primary labels of the start node
    to @2 :List(Text);    # allowed primary labels of the end node
    properties @3 :List(PropertyDef);
  }
}

# A researcher's curation decision (graph/curation/decision.h): what was
# decided, by whom, when and why, with its arguments named portably (ids of
# the database it was made in, and labels and names to find the same
# entities in another), and what it changed (the records as they were
# before, and what it created) so that it can be undone.
struct Decision {
  id @0 :UInt64;
  author @1 :Text;
  timestamp @2 :Text;       # ISO 8601, UTC
  reason @3 :Text;
  kind @4 :Text;            # merge, split, reject, assert, rename, relabel
  entities @5 :List(EntityRef);
  relationship @6 :RelRef;  # reject of a relationship
  names @7 :List(Text);     # split: the names; rename: the name; relabel: the label
  asserted @8 :Data;        # assert: the fact's type and properties, a codec-encoded Relationship record
  source @9 :Text;          # assert: the researcher's source
  note @10 :Text;           # assert: their note
  undone @11 :Bool;
  undoneAt @12 :Text;
  undoneBy @13 :Text;
  beforeNodeIds @14 :List(UInt64);
  beforeNodes @15 :List(Data);   # codec-encoded Node records with their claims
  beforeRelIds @16 :List(UInt64);
  beforeRels @17 :List(Data);    # codec-encoded Relationship records with evidence and claims
  createdNodes @18 :List(UInt64);
  createdRels @19 :List(UInt64);
  claimEntity @20 :EntityRef;    # reject of a claim: the entity
  claim @21 :Data;               # reject of a claim: a codec-encoded Claim record (key, value; evidence.article
                                 # the article, empty for every source)

  struct EntityRef {
    id @0 :UInt64;
    label @1 :Text;         # primary label
    name @2 :Text;
  }
  struct RelRef {
    id @0 :UInt64;
    type @1 :Text;
    start @2 :EntityRef;
    end @3 :EntityRef;
  }
}

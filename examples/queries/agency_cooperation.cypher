// Agency cooperation
// Which agencies, units and governments worked with which, in which
// operations (the events both took part in), and on how much evidence.
// cg.cooperation('SEDENA') keeps one agency's partners.
CALL cg.cooperation() YIELD organization, partner, operations, context, evidence
RETURN organization, partner, [op IN operations | op.name + ', ' + toString(op.date)] AS operations, context, evidence;

// Designations
// Who carries which designation, since when, by whom, on how much evidence.
// cg.designations('terrorist') keeps the designations that contain a word.
CALL cg.designations() YIELD designated, designation, since, by, evidence;

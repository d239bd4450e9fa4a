"""Event coding: the CAMEO/PLOVER ontology, the predicate lexicon and clause extraction."""

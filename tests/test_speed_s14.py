"""Speed helpers of session 14 give the answers of the code they replaced.

`among` stands in for `np.isin` on a document's attribute columns; `organizations_of` is the
knowledge base's organisations of one country, read once; the remote-meeting test of the
location stage reads the remote words of a sentence and the one before it from one list per
document. Sentences are our own."""

from __future__ import annotations

import numpy as np
from spacy.attrs import DEP, LOWER, POS
from spacy.strings import get_string_id
from spacy.symbols import NOUN, PROPN, VERB

from eventwire.geo.location_basics import _remote
from eventwire.nlp.pipeline import among, id_set, sentences_of, token_columns


def test_among_agrees_with_isin_on_a_documents_columns(coder) -> None:  # noqa: ANN001
    doc = coder.nlp("The ministers of Chile and Peru signed a fishing accord in Lima on Monday.")
    columns = token_columns(doc)
    pos_ids = id_set([PROPN, NOUN, VERB, NOUN])  # repeated ids are kept once
    dep_ids = id_set(get_string_id(d) for d in ("compound", "amod", "nsubj"))
    for column, ids in ((columns[POS], pos_ids), (columns[DEP], dep_ids)):
        assert among(column, ids).tolist() == np.isin(column, ids).tolist()
    names = among(columns[POS], id_set([PROPN])).tolist()
    assert names == [t.pos == PROPN for t in doc]
    # an empty id set, and an id above every id of the set, find nothing
    assert not among(columns[LOWER], id_set([])).any()
    assert not among(columns[LOWER], id_set([0])).any()


def test_organizations_of_a_country_keep_the_knowledge_bases_order(coder) -> None:  # noqa: ANN001
    kb = coder.extractor.resolver.kb
    russian = kb.organizations_of("RUS")
    assert russian, "the knowledge base has Russian bodies"
    assert russian == [o for o in kb.organizations.values() if o.country == "RUS"]
    assert kb.organizations_of("RUS") is russian  # read once


def test_a_remote_meeting_is_read_in_its_sentence_and_the_one_after(coder) -> None:  # noqa: ANN001
    doc = coder.nlp(
        "The President joined the summit of regional leaders by video link. "
        "The summit took place in Astana. "
        "Later that week the ministers met in Bishkek to sign the trade agreement."
    )
    sents = sentences_of(doc)
    assert len(sents) == 3
    assert [_remote(s) for s in sents] == [True, True, False]

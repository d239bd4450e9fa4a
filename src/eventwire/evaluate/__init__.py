"""Evaluation against public gold data: PLV, PolNeAR, PETRARCH-2 unit tests, PLOVER records.

Each evaluator has a reader (gold file -> records), a `code_*` helper (records ->
coded events, batched) and an `evaluate_*` function (coded records -> metrics dict);
`eventwire.evaluate.cli.eval_app` wraps them as `eventwire eval ...`.
"""

"""The NLP stage: one spaCy pipeline, loaded once, run in batches."""

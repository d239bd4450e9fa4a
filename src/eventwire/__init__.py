"""eventwire: news in, evidence-linked political event records (CAMEO + PLOVER) out.

The pipeline, stage by stage (one package each):
ingest -> nlp -> actors -> events -> store -> export/serve.
"""

from eventwire.records import CODER_VERSION, Article, Event

__version__ = "0.1.0"
__all__ = ["Article", "Event", "CODER_VERSION", "__version__"]

"""Cross-story event clustering: the same happening told by many articles is one cluster."""

from eventwire.cluster.clusterer import ClusterRun, cluster_events, open_for_clustering
from eventwire.cluster.similarity import EventView, Verdict, same_event

__all__ = [
    "ClusterRun",
    "EventView",
    "Verdict",
    "cluster_events",
    "open_for_clustering",
    "same_event",
]

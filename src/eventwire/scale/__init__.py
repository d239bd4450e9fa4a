"""Coding at scale: every core of one machine (workers), a Ray cluster (ray_engine)."""

"""Actors: who did what to whom (knowledge base and resolver)."""

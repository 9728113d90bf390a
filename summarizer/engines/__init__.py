"""Engines behind one interface: openai (any OpenAI-compatible endpoint), replay, rules."""

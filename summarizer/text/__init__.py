"""Urdu text: normalisation and folding, sentences, datelines, clause context, event triggers."""

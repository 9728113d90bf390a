"""The deterministic Urdu toolkit: normalization, numbers, names. No LLM imports here."""

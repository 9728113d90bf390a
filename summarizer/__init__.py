"""summarizer: Urdu news to grounded bilingual briefs."""

"""Names across scripts: the per-article name index and matching (`matching`), the names an Urdu
text claims (`urdu_claims`), name spans in English text (`english_spans`), transliteration,
the gazetteer, acronyms in Urdu letter names, and roles."""

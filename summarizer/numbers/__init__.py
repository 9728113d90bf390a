"""Numbers in both languages: Urdu digits and number words (`urdu`), English figures and words
(`english`), typed quantities with kinds and hedges (`quantities`), Urdu spell-out and the English
rendering of a quantity (`spellout`, `render_en`)."""

"""The translator's desk in a browser: `summarizer serve` (app.py, needs the `web` extra) and the
side-by-side page it shares with `summarize --format html` (page.py, needs only jinja2)."""

"""A brief as Markdown, from one Jinja2 template: headline and summary in both languages, key
points with their evidence, entities, quantities, events, dateline, validation findings and
how the brief was made. When `meta.extractive` is set (the rules engine), it says plainly that
the English fields are a fact sheet, not a translation.

Everything a model or an article wrote is escaped (`escape_markdown`): rendered, the document
shows `<script>` or `<img onerror=...>` as text and opens no link the brief did not come with.
"""

from __future__ import annotations

import html
from functools import cache

import jinja2

from summarizer.schemas import Brief

__all__ = ["escape_markdown", "render_markdown"]

_TEMPLATE = """\
# {{ b.headline_en }}

<div dir="rtl" lang="ur">

## {{ b.headline_ur }}

{{ b.summary_ur }}

</div>

{% if b.meta.extractive -%}
> **Fact sheet, not a translation.** The {{ b.meta.engine }} engine copies facts from the article;
> the English fields list what the article states and are not a translation of it.
> Names with no known English spelling are romanized letter by letter (uroman) and read
> roughly; the Urdu spelling beside each entity is authoritative.

{% endif -%}
{{ b.summary_en }}

{% if b.dateline.place_en or b.dateline.place_ur or b.dateline.agency -%}
**Dateline:** {{ [b.dateline.place_en, b.dateline.place_ur] | select | join(" / ") }}{% if b.dateline.agency %} ({{ b.dateline.agency }}){% endif %}

{% endif -%}
{% if b.key_points -%}
## Key points

{% for kp in b.key_points -%}
{{ loop.index }}. {{ kp.text_en }}
   <span dir="rtl" lang="ur">{{ kp.text_ur }}</span>
{% for ev in kp.evidence %}   > {{ ev.quote }}{% if ev.start is not none %} *(chars {{ ev.start }}-{{ ev.end }})*{% endif %}
{% endfor %}
{% endfor -%}
{% endif -%}
{% if b.entities -%}
## Entities

| id | English | Urdu | type | role |
|---|---|---|---|---|
{% for e in b.entities -%}
| {{ e.id | cell }} | {{ e.name_en | cell }} | {{ e.name_ur | cell }} | {{ e.type }} | {{ e.role_en | cell }} |
{% endfor %}
{% endif -%}
{% if b.quantities -%}
## Quantities

| value | unit | Urdu | English |
|---|---|---|---|
{% for q in b.quantities -%}
| {{ q.value | num }} | {{ q.unit | cell }} | {{ q.text_ur | cell }} | {{ q.text_en | cell }} |
{% endfor %}
{% endif -%}
{% if b.events -%}
## Events

{% for ev in b.events -%}
- **{{ ev.type }}**: {{ ev.description_en }}{% if ev.place_en or ev.place_ur %} ({{ [ev.place_en, ev.place_ur] | select | join(" / ") }}){% endif %}{% if ev.date %}, {{ ev.date }}{% endif %}
{%- if ev.actors %}; actors: {{ ev.actors | join(", ") }}{% endif %}{% if ev.targets %}; targets: {{ ev.targets | join(", ") }}{% endif %}
{%- for q in ev.quantities %}; {{ q.text_en }}{% endfor %}
{% endfor %}
{% endif -%}
## Validation

{% if b.validation.passed -%}
Passed: every checked number and name was found in the article ({{ b.validation.numbers_checked }} numbers, {{ b.validation.names_checked }} names checked).
{%- else -%}
**Not passed**: {{ b.validation.findings | selectattr("severity", "equalto", "error") | list | length }} error(s).
{%- endif %}
{% if b.validation.findings %}
{% for f in b.validation.findings -%}
- {{ f.severity }} ({{ f.kind }}{% if f.field %}, in {{ f.field }}{% endif %}): {{ f.message }}
{% endfor %}
{%- endif %}
## How this brief was made

- engine: {{ b.meta.engine }}{% if b.meta.model %}, model: {{ b.meta.model }}{% endif %}{% if b.meta.prompt_version %}, prompt {{ b.meta.prompt_version }}{% endif %}
{% if b.meta.fixture_origin %}- replayed from a fixture (origin: {{ b.meta.fixture_origin }})
{% endif -%}
- attempts: {{ b.meta.attempts }}{% if b.meta.tokens_in is not none %}, tokens in/out: {{ b.meta.tokens_in }}/{{ b.meta.tokens_out }}{% endif %}{% if b.meta.cost_usd is not none %}, cost: ${{ "%.4f" | format(b.meta.cost_usd) }}{% endif %}{% if b.meta.latency_ms is not none %}, {{ b.meta.latency_ms | round(1) }} ms{% endif %}
{% if b.meta.fallback_reason %}- fell back to the rules engine: {{ b.meta.fallback_reason }}
{% endif -%}
"""


_MD_SPECIAL = str.maketrans({"\\": "\\\\", "[": "\\[", "]": "\\]", "|": "\\|"})


def escape_markdown(value: object, *, inline: bool = False) -> str:
    """`value` as Markdown text that renders as itself: HTML (`<script>`, `<img onerror>`,
    entities) shown, not run; no link, image or table cell can be opened from it.
    `inline` also folds line breaks, for table cells and one-line items."""
    if value is None:
        return ""
    text = html.escape(str(value), quote=False).translate(_MD_SPECIAL)
    return " ".join(text.split()) if inline else text


def _cell(value: object) -> str:
    return "" if value is None else " ".join(str(value).split())


def _num(value: float) -> str:
    return f"{int(value):,}" if float(value).is_integer() else f"{value:,}"


@cache
def _template() -> jinja2.Template:
    # Every `{{ }}` passes through escape_markdown: the brief's text comes from a model and the article.
    env = jinja2.Environment(autoescape=False, trim_blocks=False, undefined=jinja2.StrictUndefined,
                             finalize=escape_markdown)  # fmt: skip
    env.filters["cell"] = _cell
    env.filters["num"] = _num
    return env.from_string(_TEMPLATE)


def render_markdown(brief: Brief) -> str:
    """The brief as a Markdown document."""
    return _template().render(b=brief).strip() + "\n"

"""A checked brief as Markdown: the brief as given, then each finding with the Urdu it is about."""

from __future__ import annotations

from functools import cache

import jinja2

from summarizer.desk.check import DeskReport

__all__ = ["render_check_markdown"]

_TEMPLATE = """\
# Check: {{ title }}

{{ report.errors }} error(s), {{ report.warnings }} warning(s); {{ report.numbers_linked }} numbers and \
{{ report.names_linked }} names linked to the article.

## The brief

{{ brief | quote }}

## Findings
{% if not report.findings %}

Every checked number and name was found in the article.
{% endif %}
{% for d in report.findings %}

{{ loop.index }}. **{{ d.finding.severity }}** ({{ d.finding.kind.value }}{% if d.location %}, line {{ d.location.line }}, \
column {{ d.location.column }}{% elif d.finding.field %}, `{{ d.finding.field }}`{% endif %}): {{ d.finding.claim.text }}
   {{ d.finding.message }}
{% if d.source_sentence %}
   <p dir="rtl" lang="ur">{{ d.source_sentence.text | e }}</p>
{% endif %}
{% endfor %}
"""


def _quote(text: str) -> str:
    return "\n".join("> " + line if line.strip() else ">" for line in text.strip().splitlines())


@cache
def _template() -> jinja2.Template:
    env = jinja2.Environment(autoescape=False, trim_blocks=True, undefined=jinja2.StrictUndefined)
    env.filters["quote"] = _quote
    return env.from_string(_TEMPLATE)


def render_check_markdown(title: str, brief: str, report: DeskReport) -> str:
    """The report of `summarizer check` as a Markdown document."""
    return _template().render(title=title, brief=brief, report=report).strip() + "\n"

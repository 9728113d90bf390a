"""Versioned prompt templates: the repository's top-level `prompts/v1/*.j2`, shipped in the
wheel and read through `summarizer.resources.prompts()`.

`render_messages(article)` gives the chat messages for one article. The article sits between
`ARTICLE_OPEN` and `ARTICLE_CLOSE`; any such markers inside the article are neutralised first,
so the article cannot close its own frame and smuggle instructions after it.

`template_messages()` gives the same messages with the article left as the Jinja expression
`{{ article }}`: the openai engine passes that to instructor, which renders it from the same
context dict its validators read (`{"source": ..., "article": ...}`), so the article is never
itself parsed as a template.
"""

from __future__ import annotations

import re
from functools import cache

import jinja2

from summarizer.errors import ConfigError
from summarizer.resources import prompts as prompt_root
from summarizer.schemas import PLOVER_TYPES

__all__ = [
    "ARTICLE_CLOSE",
    "ARTICLE_OPEN",
    "PROMPT_VERSION",
    "available_versions",
    "extract_article",
    "neutralise",
    "render_messages",
    "template_messages",
]

PROMPT_VERSION = "v1"
ARTICLE_OPEN = "<article>"
ARTICLE_CLOSE = "</article>"

_MARKER = re.compile(r"<\s*(/?)\s*article\b[^>]*>", re.IGNORECASE)
_ENV = jinja2.Environment(autoescape=False, undefined=jinja2.StrictUndefined, keep_trailing_newline=False)


def available_versions() -> list[str]:
    """Prompt versions shipped in this package, oldest first."""
    root = prompt_root()
    return sorted(p.name for p in root.iterdir() if p.is_dir() and (p / "system.j2").is_file())


@cache
def _template(version: str, name: str) -> jinja2.Template:
    path = prompt_root() / version / f"{name}.j2"
    if not path.is_file():
        raise ConfigError(f"unknown prompt version {version!r}; available: {', '.join(available_versions())}")
    return _ENV.from_string(path.read_text(encoding="utf-8"))


def neutralise(article: str) -> str:
    """Turn `<article>`/`</article>`-like markers inside the article into inert `[article]` text."""
    return _MARKER.sub(lambda m: f"[{m.group(1)}article]", article)


def _render(article_slot: str, version: str) -> list[dict[str, str]]:
    values = {"open": ARTICLE_OPEN, "close": ARTICLE_CLOSE, "plover": PLOVER_TYPES, "article": article_slot}
    return [
        {"role": "system", "content": _template(version, "system").render(values)},
        {"role": "user", "content": _template(version, "user").render(values)},
    ]


def render_messages(article: str, version: str = PROMPT_VERSION) -> list[dict[str, str]]:
    """System and user messages for one (checked) article."""
    return _render(neutralise(article), version)


def template_messages(version: str = PROMPT_VERSION) -> list[dict[str, str]]:
    """The messages with `{{ article }}` left in place, for rendering from a context dict."""
    return _render("{{ article }}", version)


def extract_article(content: str) -> str | None:
    """The article inside a rendered user message (between the first open and last close marker)."""
    start = content.find(ARTICLE_OPEN)
    end = content.rfind(ARTICLE_CLOSE)
    if start < 0 or end < start:
        return None
    return content[start + len(ARTICLE_OPEN) : end].strip("\n")

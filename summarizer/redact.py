"""Secrets never leave: masking the configured API key and URL credentials in what is written or raised.

- `scrub(value, secrets)`: a copy of a JSON-like value (dict, list, str) with credential-like
  keys replaced, `sk-...` strings, bearer tokens and `user:password@` in URLs masked, and every
  string in `secrets` replaced by `***`.
- `secrets_of(api_key, base_url)`: what must be masked for one engine's settings: the key, and
  the password of a `http://user:KEY@host` base URL.
- `public_url(url)`: a URL without credentials, query or fragment, safe to store in `run.json`.
- `scrub_error(exc, secrets)`: the same exception with its message (and `last_output`) scrubbed.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import unquote, urlsplit, urlunsplit

__all__ = ["public_url", "scrub", "scrub_error", "secrets_of"]

_SECRET_KEYS = frozenset({"authorization", "api_key", "api-key", "apikey", "x-api-key", "openai_api_key", "password",
                          "secret", "token", "access_token", "bearer"})  # fmt: skip
_SK = re.compile(r"\bsk-[A-Za-z0-9_\-]{6,}")
_BEARER = re.compile(r"(?i)\bbearer\s+[A-Za-z0-9._\-]{6,}")
_URL_USERINFO = re.compile(r"(?i)\b([a-z][a-z0-9+.\-]*://)[^/@\s:]*:[^/@\s]*@")
_MIN_SECRET = 4
"""Shorter strings are not masked: replacing 'abc' everywhere would only damage text."""


def _scrub_text(text: str, secrets: tuple[str, ...]) -> str:
    for secret in secrets:
        if secret and len(secret) >= _MIN_SECRET:
            text = text.replace(secret, "***")
    text = _URL_USERINFO.sub(r"\1***@", text)
    return _BEARER.sub("Bearer ***", _SK.sub("sk-***", text))


def scrub(value: Any, secrets: tuple[str, ...] = ()) -> Any:
    """A copy of `value` without credential-like keys, `sk-...` strings, bearer tokens, URL
    passwords or any of `secrets` (dict keys are scrubbed too)."""
    if isinstance(value, dict):
        return {
            _scrub_text(k, secrets) if isinstance(k, str) else k: (
                "***" if str(k).lower() in _SECRET_KEYS else scrub(v, secrets)
            )
            for k, v in value.items()
        }
    if isinstance(value, list | tuple):
        return [scrub(v, secrets) for v in value]
    if isinstance(value, str):
        return _scrub_text(value, secrets)
    return value


def secrets_of(api_key: str | None, base_url: str | None) -> tuple[str, ...]:
    """The strings to mask for an engine configured with `api_key` and `base_url`."""
    found: list[str] = []
    if api_key:
        found.append(api_key)
    if base_url:
        try:
            password = urlsplit(base_url).password
        except ValueError:
            password = None
        if password:
            found.extend({password, unquote(password)})
    return tuple(s for s in found if len(s) >= _MIN_SECRET)


def public_url(url: str | None) -> str | None:
    """`url` without user, password, query or fragment (None stays None)."""
    if url is None:
        return None
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
        if parts.port:
            host = f"{host}:{parts.port}"
    except ValueError:
        return _scrub_text(url, ())
    return urlunsplit((parts.scheme, host, parts.path.rstrip("/"), "", ""))


def scrub_error(exc: BaseException, secrets: tuple[str, ...]) -> BaseException:
    """`exc` with its args scrubbed in place (and `last_output`, when it has one); returned."""
    exc.args = tuple(scrub(a, secrets) if isinstance(a, str | dict | list) else a for a in exc.args)
    if hasattr(exc, "last_output"):
        exc.last_output = scrub(exc.last_output, secrets)
    return exc

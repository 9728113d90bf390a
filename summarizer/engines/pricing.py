"""What a model costs and how much it can read: list prices and context windows.

`cost_usd(model, tokens_in, tokens_out)` prices a call at list price; `batch=True` prices it
at the Batch API's rate (half of list price). Models not in the table cost None (unknown),
never 0.
"""

from __future__ import annotations

__all__ = ["BATCH_DISCOUNT", "CONTEXT_TOKENS", "DEFAULT_CONTEXT_TOKENS", "PRICES_PER_MTOK", "cost_usd"]

PRICES_PER_MTOK: dict[str, tuple[float, float]] = {
    "gpt-4o-mini": (0.15, 0.60),
    "gpt-4o": (2.50, 10.00),
    "gpt-4.1": (2.00, 8.00),
    "gpt-4.1-mini": (0.40, 1.60),
    "gpt-4.1-nano": (0.10, 0.40),
}
"""USD per million (input, output) tokens, list prices; other models get cost None."""

BATCH_DISCOUNT = 0.5
"""The Batch API bills half of list price for input and output tokens."""

CONTEXT_TOKENS: dict[str, int] = {
    "gpt-4o-mini": 128_000,
    "gpt-4o": 128_000,
    "gpt-4.1": 1_000_000,
    "gpt-4.1-mini": 1_000_000,
    "gpt-4.1-nano": 1_000_000,
}
DEFAULT_CONTEXT_TOKENS = 32_768
"""Assumed for models not in the table (typical of local servers); override with `context_tokens`."""


def _price(model: str) -> tuple[float, float] | None:
    exact = PRICES_PER_MTOK.get(model)
    if exact is not None:
        return exact
    for name, price in sorted(PRICES_PER_MTOK.items(), key=lambda kv: -len(kv[0])):
        if model.startswith(name + "-"):  # dated snapshots: gpt-4o-mini-2024-07-18
            return price
    return None


def cost_usd(model: str | None, tokens_in: int | None, tokens_out: int | None, *, batch: bool = False) -> float | None:
    """Cost of a call at list price (or batch price), for models in `PRICES_PER_MTOK`; None otherwise."""
    if model is None or tokens_in is None or tokens_out is None:
        return None
    price = _price(model)
    if price is None:
        return None
    factor = BATCH_DISCOUNT if batch else 1.0
    return round((tokens_in * price[0] + tokens_out * price[1]) * factor / 1_000_000, 6)

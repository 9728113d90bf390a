"""Quantiles of a stream in bounded memory, for latency percentiles over runs of any size.

    sketch = QuantileSketch()
    for ms in latencies: sketch.add(ms)
    sketch.quantile(90)

While it has seen at most `exact_limit` values it keeps them and answers exactly (linear
interpolation, as `percentile` does), so small runs and tests see the same figures as before.
Past that it folds them into a log-bucket histogram (DDSketch: Masson, Rim and Lee, 2019,
"DDSketch: A Fast and Fully-Mergeable Quantile Sketch with Relative-Error Guarantees"): bucket
`i` holds values in (γ^(i-1), γ^i] with γ = (1 + α) / (1 - α), so the answer for a rank is within
α (default 0.5%) of the value at that rank. The bucket count grows with log(max / min), not
with the count: latencies from 0.01 ms to 10⁷ ms fit in about 2,000 buckets.

Values are non-negative (latencies, token counts); zero has its own bucket.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

__all__ = ["QuantileSketch", "percentile"]


def percentile(values: Sequence[float], q: float) -> float | None:
    """Linear-interpolated percentile (q in 0..100) of `values`; None when empty."""
    if not values:
        return None
    xs = sorted(values)
    pos = (len(xs) - 1) * q / 100
    lo = math.floor(pos)
    hi = min(lo + 1, len(xs) - 1)
    return xs[lo] + (xs[hi] - xs[lo]) * (pos - lo)


class QuantileSketch:
    """Exact below `exact_limit` values, then within `relative_error` of the true rank's value."""

    def __init__(self, exact_limit: int = 2048, relative_error: float = 0.005) -> None:
        if not 0 < relative_error < 1:
            raise ValueError("relative_error must be in (0, 1)")
        self.exact_limit = exact_limit
        self.relative_error = relative_error
        self._gamma = (1 + relative_error) / (1 - relative_error)
        self._log_gamma = math.log(self._gamma)
        self._values: list[float] | None = []
        self._buckets: dict[int, int] = {}
        self._zeros = 0
        self.count = 0
        self.min = math.inf
        self.max = -math.inf

    @property
    def exact(self) -> bool:
        """Whether every value is still held (answers are exact)."""
        return self._values is not None

    @property
    def buckets(self) -> int:
        """Buckets in use (0 while exact): the sketch's size."""
        return len(self._buckets) + (self._zeros > 0)

    def add(self, value: float) -> None:
        value = max(0.0, float(value))
        self.count += 1
        self.min = min(self.min, value)
        self.max = max(self.max, value)
        if self._values is not None:
            self._values.append(value)
            if len(self._values) > self.exact_limit:
                for v in self._values:
                    self._fold(v)
                self._values = None
        else:
            self._fold(value)

    def _fold(self, value: float) -> None:
        if value <= 0.0:
            self._zeros += 1
            return
        key = math.ceil(math.log(value) / self._log_gamma)
        self._buckets[key] = self._buckets.get(key, 0) + 1

    def quantile(self, q: float) -> float | None:
        """The q-th percentile (q in 0..100); None before any value."""
        if self.count == 0:
            return None
        if self._values is not None:
            return percentile(self._values, q)
        rank = (self.count - 1) * q / 100
        seen = self._zeros
        if rank < seen:
            return 0.0
        for key in sorted(self._buckets):
            seen += self._buckets[key]
            if rank < seen:
                # The bucket's point whose relative distance to both of its ends is α.
                value = 2 * self._gamma**key / (self._gamma + 1)
                return min(max(value, self.min), self.max)
        return self.max

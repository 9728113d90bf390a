"""Units of measure: which are of one dimension, how big each is, and what they are called.

A measure's unit is part of its claim (12,000 miles is not the article's 12,000 km), but the
article's measure converted into another unit of the same dimension is the same claim.
"""

from __future__ import annotations

from summarizer.schemas import Quantity, QuantityKind

__all__ = ["converted_measure", "other_unit", "unit_name"]

_MEASURES: dict[str, tuple[str, float]] = {
    "m": ("length", 1.0), "km": ("length", 1000.0), "cm": ("length", 0.01), "mm": ("length", 0.001),
    "mile": ("length", 1609.344), "ft": ("length", 0.3048), "inch": ("length", 0.0254), "yard": ("length", 0.9144),
    "kg": ("mass", 1.0), "g": ("mass", 0.001), "mg": ("mass", 1e-6), "tonne": ("mass", 1000.0),
    "acre": ("area", 4046.856), "ha": ("area", 10000.0), "kanal": ("area", 505.857), "marla": ("area", 25.293),
    "l": ("volume", 1.0), "barrel": ("volume", 158.987), "MW": ("power", 1e6), "kW": ("power", 1e3),
}  # fmt: skip
"""Units of measure by what they measure, with their size in that dimension's base unit."""
_UNIT_NAMES = {"m": "metres", "km": "kilometres", "cm": "centimetres", "mm": "millimetres", "mile": "miles",
               "ft": "feet", "inch": "inches", "yard": "yards", "kg": "kilograms", "g": "grams", "mg": "milligrams",
               "tonne": "tonnes", "ha": "hectares", "l": "litres"}  # fmt: skip
_CONVERSION_SLACK = 0.03
"""How far a converted measure may lie from the article's (12,000 km as "7,500 miles")."""


def unit_name(unit: str | None) -> str:
    return _UNIT_NAMES.get(unit or "", f"{unit}s")


def other_unit(claim: Quantity, src: Quantity) -> bool:
    """Both measure, in two units: `12,000 miles` for بارہ ہزار کلو میٹر, `185 g` for 185 ملی گرام."""
    return (claim.kind is src.kind is QuantityKind.MEASURE and claim.unit is not None and src.unit is not None
            and claim.unit != src.unit)


def converted_measure(claim: Quantity, src: Quantity) -> bool:
    """The article's measure in another unit of the same thing: "7,500 miles" for 12,000 km."""
    if not other_unit(claim, src):
        return False
    a, b = _MEASURES.get(claim.unit or ""), _MEASURES.get(src.unit or "")
    return (a is not None and b is not None and a[0] == b[0]
            and _rel(claim.value * a[1], src.value * b[1]) <= _CONVERSION_SLACK)


def _rel(a: float, b: float) -> float:
    return abs(a - b) / max(abs(a), abs(b), 1e-9)

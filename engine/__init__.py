"""Bentham's engine: jurisdiction-agnostic facts, conditions, compilation and evaluation."""

__version__ = "0.1.0"

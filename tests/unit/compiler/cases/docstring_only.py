"""Module docstring."""

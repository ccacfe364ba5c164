"""Orchestration: the batch runner and the click CLI."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("atgard")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0+unknown"

"""Chorus for Python: many news articles about one story -> one short
extractive summary whose every sentence cites the outlets that carry it.

The functions are the Rust crates' own (chorus-core, chorus-brief,
chorus-cluster, chorus-rouge), with the CLI's defaults and JSON shapes as
Python dicts. Citation offsets are Python ``str`` indices (code points), so
``documents[c["doc"]][c["start"]:c["end"]]`` is the cited sentence; the CLI
prints byte offsets instead.

    >>> import chorus_news
    >>> result = chorus_news.summarize(["First article ...", "Second article ..."])
    >>> print(result["summary"])

``chorus_news.spark`` runs the same on Spark DataFrames (``mapInPandas``).
"""

from ._native import (
    DEFAULT_METHOD,
    ChorusError,
    __version__,
    brief,
    cluster,
    digest,
    rouge,
    summarize,
    summarize_many,
)

__all__ = [
    "ChorusError",
    "DEFAULT_METHOD",
    "__version__",
    "brief",
    "cluster",
    "digest",
    "rouge",
    "summarize",
    "summarize_many",
]

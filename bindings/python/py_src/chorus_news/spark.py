"""Chorus on Spark DataFrames (and on any engine that hands out pandas batches).

``summarize(df)`` and ``brief(df)`` run ``mapInPandas``: Spark ships each
partition to a Python worker as Arrow record batches, and every batch is
summarized by ``summarize_many`` (Rust threads, the GIL released) in that
task. The result has one row per input row:

- the id column (same name and type as the input's),
- ``summary`` (str), ``words`` (int),
- ``result``: the whole ``chorus_news.summarize`` (or ``brief``) dict as a
  JSON string, citation offsets as Python ``str`` indices,
- ``error``: the ``ChorusError`` message for a cluster that failed (then the
  other columns are null); one bad cluster never fails the job.

``summarize_batch`` is the per-batch function itself, for engines that map
pandas batches directly, e.g. Ray Data's ``map_batches(batch_format="pandas")``.

pyspark and pandas are imported only when used: ``pip install chorus-news[spark]``.
"""

from typing import TYPE_CHECKING, Any, Iterable, Iterator, Optional

from . import _native

if TYPE_CHECKING:  # pragma: no cover
    import pandas
    from pyspark.sql import DataFrame

__all__ = ["summarize", "brief", "summarize_batch", "brief_batch"]

_RESULT_COLUMNS = ["summary", "words", "result", "error"]


def _documents(value: Any) -> Any:
    """A cell of the documents column as a list of documents: an array column
    arrives as a numpy array or list; a plain string column holds one
    (possibly Multi-News ``|||||``-joined) text."""
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    return value


def summarize_batch(
    pdf: "pandas.DataFrame",
    documents_col: str = "documents",
    id_col: str = "id",
    *,
    threads: Optional[int] = None,
    kind: str = "summary",
    **options: Any,
) -> "pandas.DataFrame":
    """Summarize one pandas batch: columns ``id_col``, summary, words, result, error.

    ``options`` are ``summarize``'s (``words``, ``sentences``, ``method``);
    ``threads`` defaults to all cores.
    """
    import pandas as pd

    ids = pdf[id_col] if id_col in pdf.columns else pd.Series(range(len(pdf)))
    clusters = [
        {"id": None if _missing(i) else i, "documents": _documents(d)} for i, d in zip(ids, pdf[documents_col])
    ]
    rows = _native._rows(clusters, threads=threads, kind=kind, **options)
    out = pd.DataFrame(rows, columns=_RESULT_COLUMNS)
    out["words"] = pd.array(out["words"].tolist(), dtype="Int64")
    out.insert(0, id_col, ids.to_numpy())
    return out


def brief_batch(
    pdf: "pandas.DataFrame",
    documents_col: str = "documents",
    id_col: str = "id",
    *,
    threads: Optional[int] = None,
    **options: Any,
) -> "pandas.DataFrame":
    """``summarize_batch`` for briefs: ``result`` holds the ``brief`` dict."""
    return summarize_batch(pdf, documents_col, id_col, threads=threads, kind="brief", **options)


def _missing(value: Any) -> bool:
    try:
        return value is None or value != value  # None or NaN
    except Exception:  # arrays and other objects without a plain truth value
        return False


def _task_threads() -> int:
    """Threads per Spark task: the cores Spark gave it (spark.task.cpus), else 1."""
    try:
        from pyspark import TaskContext

        context = TaskContext.get()
        if context is not None:
            return max(1, int(context.cpus()))
    except Exception:
        pass
    return 1


def _run(
    df: "DataFrame", documents_col: str, id_col: str, kind: str, threads: Optional[int], options: Any
) -> "DataFrame":
    # Bad options fail here, on the driver, not in every task.
    _native.summarize_many([], kind=kind, **options)
    id_type = df.schema[id_col].dataType.simpleString()
    quoted = "`" + id_col.replace("`", "``") + "`"
    schema = f"{quoted} {id_type}, summary string, words bigint, result string, error string"

    def work(batches: Iterable["pandas.DataFrame"]) -> Iterator["pandas.DataFrame"]:
        n = threads or _task_threads()
        for pdf in batches:
            yield summarize_batch(pdf, documents_col, id_col, threads=n, kind=kind, **options)

    return df.select(id_col, documents_col).mapInPandas(work, schema)


def summarize(
    df: "DataFrame",
    documents_col: str = "documents",
    id_col: str = "id",
    *,
    threads: Optional[int] = None,
    **options: Any,
) -> "DataFrame":
    """Summarize every row of ``df``: ``documents_col`` holds each cluster's
    documents (array of string, array of struct with ``text``/``html`` and
    optional ``title``/``source``/``url``/``published``, or one string).

    ``options`` are ``chorus_news.summarize``'s (``words``, ``sentences``,
    ``method``). Each task uses ``threads`` threads (default: its
    ``spark.task.cpus``). Returns a DataFrame: ``id_col``, summary, words,
    result (JSON), error.
    """
    return _run(df, documents_col, id_col, "summary", threads, options)


def brief(
    df: "DataFrame",
    documents_col: str = "documents",
    id_col: str = "id",
    *,
    threads: Optional[int] = None,
    **options: Any,
) -> "DataFrame":
    """``summarize`` for briefs: ``result`` holds the ``chorus_news.brief`` dict as JSON."""
    return _run(df, documents_col, id_col, "brief", threads, options)

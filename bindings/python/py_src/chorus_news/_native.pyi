"""Type stubs of the Rust extension (docstrings live in the extension)."""

from typing import Any, Dict, Iterable, List, Literal, Mapping, Optional, Sequence, Tuple, Union

__version__: str
DEFAULT_METHOD: str

#: A document: its text, or a dict with "text" or "html" and optional
#: "title", "source", "url", "published".
Document = Union[str, Mapping[str, Optional[str]]]
#: A cluster for summarize_many: {"id"?, "documents"} or a bare list of documents.
ClusterInput = Union[Mapping[str, Any], Sequence[Document]]
#: An article for cluster/digest: {"id", "text", ...} or a bare str.
ArticleInput = Union[str, Mapping[str, Any]]
Method = Literal["learned", "coverage", "lead", "centroid", "lexrank", "mmr"]

class ChorusError(ValueError):
    """Bad input or a failure inside Chorus; the message is the CLI's."""

def summarize(
    documents: Iterable[Document],
    *,
    words: Optional[int] = None,
    sentences: Optional[int] = None,
    method: Union[Method, str] = "learned",
    id: Optional[object] = None,
) -> Dict[str, Any]: ...
def brief(
    documents: Iterable[Document],
    *,
    words: Optional[int] = None,
    sentences: Optional[int] = None,
    method: Union[Method, str] = "learned",
    id: Optional[object] = None,
) -> Dict[str, Any]: ...
def summarize_many(
    clusters: Iterable[ClusterInput],
    *,
    threads: Optional[int] = None,
    words: Optional[int] = None,
    sentences: Optional[int] = None,
    method: Union[Method, str] = "learned",
    errors: Literal["raise", "record"] = "raise",
    kind: Literal["summary", "brief"] = "summary",
) -> List[Dict[str, Any]]: ...
def _rows(
    clusters: Iterable[ClusterInput],
    *,
    threads: Optional[int] = None,
    words: Optional[int] = None,
    sentences: Optional[int] = None,
    method: Union[Method, str] = "learned",
    kind: Literal["summary", "brief"] = "summary",
) -> List[Tuple[Optional[str], Optional[int], Optional[str], Optional[str]]]: ...
def cluster(articles: Iterable[ArticleInput]) -> List[Dict[str, Any]]: ...
def digest(
    articles: Iterable[ArticleInput],
    *,
    words: Optional[int] = None,
    sentences: Optional[int] = None,
    method: Union[Method, str] = "learned",
) -> List[Dict[str, Any]]: ...
def rouge(candidate: str, reference: str, *, stemmer: bool = True) -> Dict[str, Dict[str, float]]: ...
def _panic_check() -> None: ...

"""newsclean as a datatrove pipeline step: crawled HTML documents in, clean articles out."""
from __future__ import annotations

from typing import NamedTuple

from newsclean.integrations import missing_extra
from newsclean.parsers import Article, NewscleanError, parse
from newsclean.parsers.containers.warc import capture_time
from newsclean.parsers.time.zones import zone

try:
    from datatrove.data import Document, DocumentsPipeline
    from datatrove.pipeline.base import PipelineStep
    from datatrove.utils.logging import logger
    from datatrove.utils.typeshelper import StatHints
except ModuleNotFoundError as error:
    raise missing_extra(error, "datatrove") from error



class Outcome(NamedTuple):
    """One document's result: its article, or the one-line reason it holds none."""

    article: Article | None
    reason: str | None


class NewscleanStep(PipelineStep):
    """Parse each document's page with newsclean; keep the article, drop the rest.

    For each document (``text``: the page; ``metadata["url"]`` and ``metadata["date"]``,
    as ``WarcReader`` sets them) it calls :func:`newsclean.parsers.parse` with the URL
    and the crawl date as ``now``, puts the article's body in ``doc.text`` and the whole
    schema-v1 record in ``doc.metadata["newsclean"]``.

    A document holding no article is dropped and counted in the step's stats as
    ``dropped`` and ``dropped_<reason>`` (newsclean's one-line reason, e.g.
    ``dropped_no article text found in the HTML``). With ``keep_non_articles`` it goes on
    unchanged instead (its page still in ``text``), with ``metadata["newsclean"] = None``
    and the reason in ``metadata["newsclean_error"]``, counted as ``kept_<reason>``.

    Args:
        explain: add ``removed`` to each record (what each rule took out, and why).
        timezone: IANA zone for times a page prints without one, e.g. ``"Europe/London"``
            (the command line's ``--timezone``).
        keep_non_articles: forward documents that hold no article instead of dropping them.
    """

    name = "📰 Newsclean"
    type = "🛢 - EXTRAC"

    def __init__(self, explain: bool = False, timezone: str | None = None, keep_non_articles: bool = False):
        super().__init__()
        if timezone is not None and zone(timezone) is None:  # fail here, before any task starts
            raise ValueError(f"timezone {timezone!r} is not an IANA time zone name (e.g. Europe/London)")
        self.explain = explain
        self.timezone = timezone
        self.keep_non_articles = keep_non_articles
        self._reported_bugs: set[str] = set()

    def outcome(self, doc: Document) -> Outcome:
        """Parse one document; never raises."""
        data = doc.text.encode("utf-8", "replace")  # newsclean tries UTF-8 first: the text comes back as it was
        try:
            return Outcome(parse(data, url=doc.metadata.get("url"), now=capture_time(doc.metadata.get("date")),
                                 default_tz=self.timezone), None)
        except NewscleanError as exc:
            return Outcome(None, str(exc))
        except Exception as exc:  # noqa: BLE001 - a bug on one page must not fail the task holding thousands
            kind = type(exc).__name__
            if kind not in self._reported_bugs:
                self._reported_bugs.add(kind)
                logger.warning(f"newsclean internal error on {doc.id} ({doc.metadata.get('url')}): {kind}: {exc}; "
                               f"please report it (further {kind} errors are only counted)")
            return Outcome(None, f"internal error ({kind})")

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        for doc in data:
            self.stat_update(StatHints.total)
            with self.track_time():
                article, reason = self.outcome(doc)
            if article is not None:
                doc.text = article.body
                doc.metadata["newsclean"] = article.to_dict(explain=self.explain)
                self.stat_update("extracted", StatHints.forwarded)
                self.update_doc_stats(doc)
                yield doc
            elif self.keep_non_articles:
                doc.metadata["newsclean"] = None
                doc.metadata["newsclean_error"] = reason
                self.stat_update(f"kept_{reason}", StatHints.forwarded)
                yield doc
            else:
                self.stat_update(StatHints.dropped, f"dropped_{reason}")

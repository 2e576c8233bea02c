"""Pieces of hand-written HTML pages shared by the HTML tests: an invented harbour story's
paragraphs, and helpers that wrap them in a page and parse it."""
from __future__ import annotations

import json

from newsclean.parsers import parse

P1 = "The harbour authority said on Monday that the new pier would open to ferries in the spring."
P2 = "Work on the pier began two years ago and cost more than the council had first planned, officials said."
P3 = "Fishermen welcomed the news, though several said the berths set aside for them were too few."
P4 = "The council will publish the timetable for the first sailings next month, a spokeswoman added."


def page(head: str = "", body: str = "", lang: str = "en") -> bytes:
    head = f'<head><meta charset="utf-8">{head}</head>'
    return f'<!DOCTYPE html><html lang="{lang}">{head}<body>{body}</body></html>'.encode()


def jsonld(obj: object) -> str:
    return f'<script type="application/ld+json">{json.dumps(obj)}</script>'


def article_body(*paragraphs: str) -> str:
    return '<article><div class="story-body">' + "".join(f"<p>{p}</p>" for p in paragraphs) + "</div></article>"


def record(data: bytes, validate, **kwargs) -> dict:
    return validate(parse(data, **kwargs).to_dict(explain=True))

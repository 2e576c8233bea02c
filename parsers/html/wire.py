"""Datelines and agency credits of wire copy, read from the body with the rules the text
path uses (:mod:`newsclean.parsers.people`)."""
from __future__ import annotations

from dataclasses import dataclass, field

from ..people.credits import agency_credit
from ..people.datelines import dateline_of, trailing_agency
from ..record.article import Block, Removal

TAIL_BLOCKS = 3  # credit lines sit among the last few blocks


@dataclass(slots=True)
class WireFacts:
    """The dateline, the credited agencies, and the body without its credit lines."""

    dateline: str | None = None
    credits: list[str] = field(default_factory=list)
    blocks: list[Block] = field(default_factory=list)
    removed: list[Removal] = field(default_factory=list)


def read_wire(blocks: list[Block]) -> WireFacts:
    """Dateline from the first paragraph, agencies from it and from the closing lines;
    "(with input from …)" lines leave the body.

    >>> facts = read_wire([Block("paragraph", "GENEVA (Reuters) - Talks resumed on Monday."),
    ...                    Block("paragraph", "(With input from AFP)")])
    >>> facts.dateline, facts.credits, len(facts.blocks)
    ('GENEVA', ['Reuters', 'AFP'], 1)
    """
    facts = WireFacts()
    first = next((b for b in blocks if b.type == "paragraph"), None)
    if first is not None and (found := dateline_of(first.text)):
        facts.dateline = found.place
        _credit(facts, found.agency)
    tail_start = max(len(blocks) - TAIL_BLOCKS, 0)
    for index, block in enumerate(blocks):
        agencies = agency_credit(block.text) if index >= tail_start else None
        if agencies:
            facts.removed.append(Removal("credit", block.text, "agency_credit"))
            for agency in agencies:
                _credit(facts, agency)
            continue
        facts.blocks.append(block)
    if facts.blocks:
        _credit(facts, trailing_agency(facts.blocks[-1].text))
    return facts


def _credit(facts: WireFacts, agency: str | None) -> None:
    if agency and agency not in facts.credits:
        facts.credits.append(agency)

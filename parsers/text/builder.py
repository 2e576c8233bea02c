"""The body builder every text layout shares: line rules, captions and agency credits set apart, blocks typed."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from ..lines import Line
from ..people.credits import agency_credit, split_slash_credit
from ..record.article import Block, Image, Removal
from ..rules.registry import LINE_RULES, LineRule, match_rule, rule_removal


@dataclass  # one a page: no slots, which build the class twice at start-up
class BodyParts:
    """What the body builder found: typed blocks, images, credits and removals."""

    blocks: list[Block] = field(default_factory=list)
    images: list[Image] = field(default_factory=list)
    credits: list[str] = field(default_factory=list)
    removed: list[Removal] = field(default_factory=list)


def paragraph(text: str) -> Block:
    """Every line a paragraph: the block typing of the source parsers.

    >>> paragraph("Work starts in March.")
    Block(type='paragraph', text='Work starts in March.')
    """
    return Block("paragraph", text)


@dataclass  # one a page, as BodyParts
class BodyBuilder:
    """Turn body lines into blocks, applying the line rules on the way.

    ``caption_of`` sets a caption line apart; ``block_of`` types the lines kept.
    """

    line_rules: tuple[LineRule, ...] = LINE_RULES
    parts: BodyParts = field(default_factory=BodyParts)
    caption_of: Callable[[str], Image | None] = split_slash_credit
    block_of: Callable[[str], Block] = paragraph

    def feed(self, lines: list[Line]) -> BodyParts:
        """Sort every line into removed, credit, caption or block; a closing rule removes the rest."""
        for index, line in enumerate(lines):
            rule = match_rule(line.text, self.line_rules)
            if rule is not None:
                self.parts.removed.append(rule_removal(rule, line.text))
                if rule.ends_article:
                    self.parts.removed.extend(
                        rule_removal(rule, rest.text) for rest in lines[index + 1:]
                    )
                    break
                continue
            if self.take_credit(line.text) or self.take_caption(line.text):
                continue
            self.parts.blocks.append(self.block_of(line.text))
        return self.parts

    def take_credit(self, text: str) -> bool:
        """Keep the agencies of a credit line ("(with input from AP)") and remove it; False if it is none."""
        names = agency_credit(text)
        if names is None:
            return False
        self.parts.credits.extend(n for n in names if n not in self.parts.credits)
        self.parts.removed.append(Removal("credit", text, "agency_credit"))
        return True

    def take_caption(self, text: str) -> bool:
        """Keep a caption line as an image and remove it from the body; False if it is none."""
        image = self.caption_of(text)
        if image is None:
            return False
        self.parts.images.append(image)
        self.parts.removed.append(Removal("caption-credit", text, self.caption_of.__name__))
        return True

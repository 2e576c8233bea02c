"""The generic text-dump parser, one module per step: line views, zone, header (headline, byline, section,
live pages), body."""

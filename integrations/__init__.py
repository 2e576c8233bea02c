"""Adapters that run newsclean inside other engines, each behind its own optional extra.

Nothing here is imported by ``newsclean.parsers`` or ``newsclean.cli``; import the
adapter you use, e.g. ``from newsclean.integrations.datatrove import NewscleanStep``
(needs ``pip install 'newsclean[datatrove]'``).
"""

"""The one exception type the library raises for input it cannot turn into an article."""


class NewscleanError(Exception):
    """Input that cannot be parsed: empty, binary, or holding no article text.

    The message is one line meant for a person, without the input's name (the caller
    knows which input it passed).
    """

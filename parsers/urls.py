"""URLs as pages give them: their host name, read without tripping on a malformed one."""
from __future__ import annotations


def host_of(url: str) -> str | None:
    """The lower-cased host name of a URL (a scheme is optional), or None when it has none or is malformed.

    >>> host_of("https://News.Example.com/a"), host_of("example.org/story"), host_of("http://[broken/x")
    ('news.example.com', 'example.org', None)
    """
    from urllib.parse import urlsplit  # only runs given a URL pay for it

    try:
        host = urlsplit(url if "//" in url else "//" + url).hostname
    except ValueError:  # "Invalid IPv6 URL", a bad port
        return None
    return host.lower() if host else None

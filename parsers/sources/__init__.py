"""Source parsers, one module per outlet, found through :mod:`.catalog`."""

"""The time-stamp engine: formats and zone words as data, then reading, zone resolution and the header scan."""

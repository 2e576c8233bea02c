"""The record: the Article and its parts, the options every parser receives, the one error, the JSON Schema."""

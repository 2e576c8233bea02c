"""People and provenance in the text: bylines, datelines, captions and picture credits."""

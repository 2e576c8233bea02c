"""HTML input: metadata from the markup and the article body."""

"""The words, by concept, every language of a concept together: read by the text and the HTML path alike."""

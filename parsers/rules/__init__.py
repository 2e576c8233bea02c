"""Named boilerplate rules with doctests, and the one registry that says where each rule applies."""

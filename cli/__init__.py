"""newsclean's command-line front end (Typer)."""

"""The Jinja templates of the app, one folder per blueprint (shipped as package data)."""

"""Everything that writes: the SQLite store and its migrations (later: publication, export)."""

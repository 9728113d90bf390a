"""Word lists and tables as data files (`data/`), read with importlib.resources."""

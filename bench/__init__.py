"""Benchmark: our assistant against Rasa's stock moodbot (`python -m bench`, `make bench`)."""

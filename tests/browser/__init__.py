"""Helpers for the review report tests: sample output folders and a headless Chromium driver."""

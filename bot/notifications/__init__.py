"""Notifications that are never lost: an outbox written with each case, delivered by a worker."""

"""Tools every workspace has."""

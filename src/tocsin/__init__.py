"""Tocsin: a self-hosted notification engine for CRM systems."""

__version__ = "0.1.0"

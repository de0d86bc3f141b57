"""Kök: compare nearshore locations for a Turkish SME against exporting from Türkiye."""

__version__ = "0.1.0"

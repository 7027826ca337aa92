# Helper for import_star.py: __all__ limits what "from m import *" binds.
__all__ = ["public", "_exported_private"]
public = "public"
_exported_private = "private but listed"
not_listed = "not listed"

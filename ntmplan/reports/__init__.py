"""Reports: one context, rendered through Jinja (Markdown) or docxtpl (Word)."""
